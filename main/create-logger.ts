import pino, { type Logger } from 'pino';
import type { Config } from './config/config-schema.js';

/** The root structured logger of a deployable; components take child loggers of it. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name: string): Logger {
  return pino({ name, level: config.LOG_LEVEL, base: { service: name } });
}
