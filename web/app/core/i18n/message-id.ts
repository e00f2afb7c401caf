import type { fa } from './messages/fa';

/** Every message the app can show; Persian is the reference catalogue. */
export type MessageId = keyof typeof fa;

/** A complete catalogue: a missing or an unknown key is a compile error. */
export type Catalogue = Readonly<Record<MessageId, string>>;
