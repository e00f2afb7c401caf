import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { PRODUCT_AREAS } from '../core/layout/product-areas';
import { Icon } from '../shared/icon/icon';

/** The start page: a card per area, the ones still to come clearly marked. */
@Component({
  selector: 'pk-home-page',
  imports: [RouterLink, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage {
  protected readonly areas = PRODUCT_AREAS;
}
