import type { MessageId } from '../../core/i18n/message-id';
import type { IconName } from '../../shared/icon/icon-paths';

export interface AdminSection {
  readonly path: string;
  readonly label: MessageId;
  readonly icon: IconName;
}

export interface AdminSectionGroup {
  readonly label: MessageId;
  readonly sections: readonly AdminSection[];
}

/** The admin area's pages as its navigation groups them. */
export const ADMIN_SECTION_GROUPS: readonly AdminSectionGroup[] = [
  {
    label: 'admin.group.organization',
    sections: [
      { path: 'org-chart', label: 'admin.orgChart.title', icon: 'unit' },
      { path: 'people', label: 'admin.people.title', icon: 'users' },
      { path: 'locations', label: 'admin.locations.title', icon: 'location' },
      { path: 'contractors', label: 'admin.contractors.title', icon: 'contractor' },
    ],
  },
  {
    label: 'admin.group.desk',
    sections: [
      { path: 'catalogue', label: 'admin.catalogue.title', icon: 'category' },
      { path: 'priorities', label: 'admin.priorities.title', icon: 'palette' },
      { path: 'routing-rules', label: 'admin.routing.title', icon: 'route' },
      { path: 'sla', label: 'admin.sla.title', icon: 'clock' },
      { path: 'calendar', label: 'admin.calendar.title', icon: 'calendar' },
      { path: 'settings', label: 'admin.settings.title', icon: 'settings' },
    ],
  },
  {
    label: 'admin.group.sms',
    sections: [
      { path: 'sms-templates', label: 'admin.smsTemplates.title', icon: 'sms' },
      { path: 'sms-outbox', label: 'admin.outbox.title', icon: 'outbox' },
    ],
  },
  {
    label: 'admin.group.access',
    sections: [
      { path: 'users', label: 'admin.users.title', icon: 'user' },
      { path: 'api-keys', label: 'admin.apiKeys.title', icon: 'key' },
    ],
  },
];
