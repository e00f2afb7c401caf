import type { MessagesOf } from '../../core/i18n/messages-of';
import type { locationsFa } from './locations.fa';

/** Messages of the locations page, in English. */
export const locationsEn: MessagesOf<typeof locationsFa> = {
  'admin.locations.lead': 'The organization’s places: province › city › building › floor. Routing rules and reports work on this tree.',
  'admin.locations.tree': 'Locations',
  'admin.locations.newProvince': 'New province',
  'admin.locations.newChild': 'New place inside',
  'admin.locations.pick': 'Choose a place in the tree, or create a new province.',
  'admin.locations.kind': 'Kind',
  'admin.locations.kind.province': 'Province',
  'admin.locations.kind.city': 'City',
  'admin.locations.kind.building': 'Building',
  'admin.locations.kind.floor': 'Floor',
  'admin.locations.parent': 'Inside',
  'admin.locations.topLevel': 'None (top level)',
};
