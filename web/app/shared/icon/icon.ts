import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DIRECTIONAL_ICONS, ICON_PATHS, type IconName } from './icon-paths';

/** A decorative line icon; the text next to it carries the meaning, so screen readers skip it. */
@Component({
  selector: 'pk-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[class.directional]': 'directional()' },
  template: `<svg viewBox="0 0 24 24" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host { display: inline-flex; inline-size: 1.25em; block-size: 1.25em; flex: none; }
    svg { inline-size: 100%; block-size: 100%; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
    :host(.directional:dir(rtl)) svg { transform: scaleX(-1); }
  `,
})
export class Icon {
  readonly name = input.required<IconName>();
  protected readonly path = computed(() => ICON_PATHS[this.name()]);
  protected readonly directional = computed(() => DIRECTIONAL_ICONS.has(this.name()));
}
