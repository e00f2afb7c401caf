import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, afterNextRender, Injector } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../shared/icon/icon';

/** A destructive action asked twice: the button, then "really?" with the confirming button focused. */
@Component({
  selector: 'pk-confirm-button',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!asking()) {
      <button type="button" class="pk-button secondary danger compact" [disabled]="disabled()" (click)="ask()">
        <pk-icon name="trash" />
        {{ label() }}
      </button>
    } @else {
      <span class="ask" role="group" [attr.aria-label]="question()">
        <span class="question">{{ question() }}</span>
        <button type="button" class="pk-button danger compact yes" (click)="confirm()">{{ label() }}</button>
        <button type="button" class="pk-button secondary compact" (click)="cancel()">{{ 'admin.cancel' | translate }}</button>
      </span>
    }
  `,
  styles: `
    :host { display: inline-flex; }
    .ask { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.375rem; }
    .question { color: var(--pk-color-danger); font-weight: 600; font-size: 0.9375rem; }
  `,
})
export class ConfirmButton {
  readonly label = input.required<string>();
  readonly question = input.required<string>();
  readonly disabled = input(false);
  readonly confirmed = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly asking = signal(false);

  protected ask(): void {
    this.asking.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLButtonElement>('.yes')?.focus(), { injector: this.injector });
  }

  protected confirm(): void {
    this.asking.set(false);
    this.confirmed.emit();
  }

  protected cancel(): void {
    this.asking.set(false);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLButtonElement>('button')?.focus(), { injector: this.injector });
  }
}
