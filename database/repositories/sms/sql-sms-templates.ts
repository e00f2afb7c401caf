import type { Language } from '../../../core/i18n/language.js';
import type { SmsTemplateKey } from '../../../core/notifications/sms-template-keys.js';
import type { SmsTemplates } from '../../../core/notifications/sms-templates.js';
import type { SqlExecutor } from '../../database.js';

/** The admin-edited SMS templates. */
export class SqlSmsTemplates implements SmsTemplates {
  constructor(private readonly sql: SqlExecutor) {}

  async body(key: SmsTemplateKey, language: Language): Promise<string | null> {
    const [row] = await this.sql.all<{ body: string }>('SELECT body FROM sms_templates WHERE event = ? AND language = ?', [key, language]);
    return row?.body ?? null;
  }
}
