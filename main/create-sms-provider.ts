import type { Logger } from 'pino';
import { KavenegarSmsProvider } from '../workers/sms-send/kavenegar-sms-provider.js';
import { outboxSmsProvider } from '../workers/sms-send/outbox-sms-provider.js';
import { SmppSmsProvider } from '../workers/sms-send/smpp-sms-provider.js';
import type { SmsProvider } from '../workers/sms-send/sms-provider.js';
import type { Config } from './config/config-schema.js';
import { ConfigError } from './config/load-config.js';

function required(config: Config, names: ReadonlyArray<keyof Config>): void {
  const missing = names.filter((name) => !config[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `${String(name)}: required when SMS_PROVIDER=${config.SMS_PROVIDER}`));
}

/** The SMS gateway the configuration names; the outbox (nothing sent) by default. */
export function createSmsProvider(config: Config, logger: Logger): SmsProvider {
  switch (config.SMS_PROVIDER) {
    case 'outbox':
      return outboxSmsProvider;
    case 'kavenegar':
      required(config, ['KAVENEGAR_API_KEY', 'KAVENEGAR_SENDER']);
      return new KavenegarSmsProvider({ apiKey: config.KAVENEGAR_API_KEY!, sender: config.KAVENEGAR_SENDER!, baseUrl: config.KAVENEGAR_BASE_URL, timeoutMs: 15_000 });
    case 'smpp':
      required(config, ['SMPP_URL', 'SMPP_SYSTEM_ID', 'SMPP_PASSWORD', 'SMPP_SOURCE_ADDR']);
      logger.info({ url: config.SMPP_URL }, 'SMS go through SMPP');
      return new SmppSmsProvider({ url: config.SMPP_URL!, systemId: config.SMPP_SYSTEM_ID!, password: config.SMPP_PASSWORD!, sourceAddr: config.SMPP_SOURCE_ADDR!, enquireLinkMs: 30_000, responseTimeoutMs: 30_000 });
  }
}
