import type { Language } from '../i18n/language.js';
import type { SmsTemplateKey } from './sms-template-keys.js';

/** The admin-edited templates (`sms_templates`); null when a template was deleted. */
export interface SmsTemplates {
  body(key: SmsTemplateKey, language: Language): Promise<string | null>;
}
