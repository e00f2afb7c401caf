import type { MessagesOf } from '../../core/i18n/messages-of';
import type { peopleFa } from './people.fa';

/** Messages of the people page, in English. */
export const peopleEn: MessagesOf<typeof peopleFa> = {
  'admin.people.lead': 'The organization’s people: unit, location, phones (by which callers are recognized) and the positions they hold.',
  'admin.people.new': 'New person',
  'admin.people.search': 'Search by name, personnel code or phone',
  'admin.people.none': 'Nobody found.',
  'admin.people.name': 'Name',
  'admin.people.firstName': 'First name',
  'admin.people.lastName': 'Last name',
  'admin.people.fullNameEn': 'Full name in English',
  'admin.people.personnelCode': 'Personnel code',
  'admin.people.extension': 'Extension',
  'admin.people.phones': 'Phones',
  'admin.people.phonesHint': 'One number a line, written any way (0912…, 021-…).',
  'admin.people.positions': 'Positions',
  'admin.people.primaryPosition': 'Primary position',
  'admin.people.primaryPositionHint': 'One of the positions chosen.',
};
