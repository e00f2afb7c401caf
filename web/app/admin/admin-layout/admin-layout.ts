import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../shared/icon/icon';
import { AdminDirectory } from '../admin-data/admin-directory';
import { PersonNames } from '../people/person-names';
import { ADMIN_SECTION_GROUPS } from './admin-sections';

/**
 * The frame of the admin area: its own navigation beside the page. Brings the admin pages' shared
 * styles (forms, tables, panes; classes `adm-…`), which apply while the admin area is open.
 */
@Component({
  selector: 'pk-admin-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, Icon, TranslatePipe],
  providers: [AdminDirectory, PersonNames],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './admin-layout.html',
  styleUrls: ['./admin-layout.css', './admin-forms.css', './admin-tables.css'],
})
export class AdminLayout {
  protected readonly groups = ADMIN_SECTION_GROUPS;
}
