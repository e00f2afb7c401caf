import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { PRODUCT_AREAS } from '../core/layout/product-areas';
import { Icon } from '../shared/icon/icon';

/** The placeholder of an area that is not built yet; the route's `data.area` names it. */
@Component({
  selector: 'pk-coming-soon-page',
  imports: [RouterLink, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coming-soon-page.html',
  styleUrl: './coming-soon-page.css',
})
export class ComingSoonPage {
  /** The area's path, bound from the route's data. */
  readonly area = input.required<string>();

  protected readonly product = computed(() => PRODUCT_AREAS.find((candidate) => candidate.path === this.area()));
}
