import { configSchema, type Config } from './config-schema.js';

/** Thrown when a setting is invalid; the message names each variable and what is wrong with it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the settings from an environment; empty strings count as unset. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const given: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }
  const result = configSchema.safeParse(given);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '(settings)');
        return `${name}=${JSON.stringify(given[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const config = result.data;
  if (config.ENGINE === 'zeebe') {
    const missing = (['ZEEBE_ADDRESS', 'ZEEBE_REST_ADDRESS'] as const).filter((name) => !config[name]);
    if (missing.length > 0) throw new ConfigError(missing.map((name) => `${name}: required when ENGINE=zeebe`));
  }
  return config;
}
