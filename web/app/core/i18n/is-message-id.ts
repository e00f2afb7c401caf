import { fa } from './messages/fa';
import type { MessageId } from './message-id';

/** Whether a key that arrived at run time (from the server, say) names a message of the catalogue. */
export function isMessageId(key: string): key is MessageId {
  return Object.hasOwn(fa, key);
}
