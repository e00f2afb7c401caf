import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth-service';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { PRODUCT_AREAS } from '../core/layout/product-areas';
import { visibleAreas } from '../core/layout/visible-areas';
import { Icon } from '../shared/icon/icon';

/** The start page: a card per area the user may enter, the ones still to come clearly marked; visitors are invited to sign in. */
@Component({
  selector: 'pk-home-page',
  imports: [RouterLink, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly session = this.auth.session;
  protected readonly areas = computed(() => visibleAreas(PRODUCT_AREAS, this.auth.roles()));
}
