import type { IconName } from '../../shared/icon/icon-paths';
import type { MessageId } from '../i18n/message-id';

/**
 * An area of the product, as the navigation and the home page list it. `ready: false` areas show a
 * "coming soon" page until their feature lands; `roles` will restrict who sees them once sign-in exists.
 */
export interface ProductArea {
  readonly path: string;
  readonly label: MessageId;
  readonly description: MessageId;
  readonly icon: IconName;
  readonly ready: boolean;
  readonly roles?: readonly string[];
}
