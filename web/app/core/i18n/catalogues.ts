import type { Language } from './language';
import type { Catalogue } from './message-id';
import { en } from './messages/en';
import { fa } from './messages/fa';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { fa, en };
