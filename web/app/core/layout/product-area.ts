import type { RoleName } from '../../../contract/roles';
import type { IconName } from '../../shared/icon/icon-paths';
import type { MessageId } from '../i18n/message-id';

/**
 * An area of the product, as the navigation and the home page list it. `ready: false` areas show a
 * "coming soon" page until their feature lands. `roles` says who may enter (any one of them suffices):
 * the navigation hides the area from others and `requireArea` guards its routes; no `roles` means
 * everyone, signed in or not.
 */
export interface ProductArea {
  readonly path: string;
  readonly label: MessageId;
  readonly description: MessageId;
  readonly icon: IconName;
  readonly ready: boolean;
  readonly roles?: readonly RoleName[];
}
