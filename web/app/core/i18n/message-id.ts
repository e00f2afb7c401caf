import type { fa } from './messages/fa';
import type { LazyMessagesFa } from './messages/lazy-messages';

/** The messages of the first bundle; Persian is the reference catalogue. */
export type EagerMessageId = keyof typeof fa;

/** Every message the app can show: those of the first bundle and those lazily loaded areas bring along. */
export type MessageId = EagerMessageId | keyof LazyMessagesFa;

/** A complete catalogue of the first bundle: a missing or an unknown key is a compile error. */
export type Catalogue = Readonly<Record<EagerMessageId, string>>;
