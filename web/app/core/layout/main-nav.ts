import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { RoleName } from '../../../contract/roles';
import { Icon } from '../../shared/icon/icon';
import { TranslatePipe } from '../i18n/translate-pipe';
import { PRODUCT_AREAS } from './product-areas';
import { visibleAreas } from './visible-areas';

/** The list of areas the user may enter, marking the current one and those still to come. */
@Component({
  selector: 'pk-main-nav',
  imports: [RouterLink, RouterLinkActive, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './main-nav.html',
  styleUrl: './main-nav.css',
})
export class MainNav {
  /** The signed-in user's roles; empty when nobody is signed in, which shows the open areas only. */
  readonly roles = input<ReadonlySet<RoleName>>(new Set());

  protected readonly areas = computed(() => visibleAreas(PRODUCT_AREAS, this.roles()));
}
