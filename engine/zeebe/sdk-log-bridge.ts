import type { Logger } from 'pino';
import type { Camunda8 } from '@camunda8/sdk';
import type { Zeebe } from '@camunda8/sdk';

type RestClient = ReturnType<Camunda8['getOrchestrationClusterApiClientLoose']>;
type RestLogOptions = NonNullable<Parameters<RestClient['configure']>[0]['log']>;
export type RestLogTransport = NonNullable<RestLogOptions['transport']>;
type C8Logger = NonNullable<ConstructorParameters<typeof Camunda8>[0]>['logger'];
type ZbCustomLogger = NonNullable<Parameters<Zeebe.ZeebeGrpcClient['createWorker']>[0]['stdout']>;

/** The gRPC client writes JSON lines whose `level` already uses pino's numbers (20, 30, 50). */
export function zeebeLogBridge(logger: Logger): ZbCustomLogger {
  const write = (fallbackLevel: number) => (line: string) => {
    let entry: { level?: number; message?: unknown; namespace?: unknown; id?: unknown } = {};
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      entry = { message: line };
    }
    const level = entry.level ?? fallbackLevel;
    const fields = { scope: entry.namespace, workerId: entry.id };
    const message = typeof entry.message === 'string' ? entry.message : JSON.stringify(entry.message);
    if (level >= 50) logger.error(fields, message);
    else if (level >= 40) logger.warn(fields, message);
    else if (level >= 30) logger.info(fields, message);
    else logger.debug(fields, message);
  };
  return { debug: write(20), info: write(30), error: write(50) };
}

/** The REST client hands over structured events; its `trace` and `silly` become pino's `trace`. */
export function restLogBridge(logger: Logger): RestLogTransport {
  return (event) => {
    const text = event.args.filter((arg: unknown) => typeof arg === 'string').join(' ');
    const fields = { scope: event.scope, code: event.code, data: event.data };
    switch (event.level) {
      case 'error':
        return logger.error(fields, text);
      case 'warn':
        return logger.warn(fields, text);
      case 'info':
        return logger.info(fields, text);
      case 'debug':
        return logger.debug(fields, text);
      case 'silent':
        return;
      default:
        return logger.trace(fields, text);
    }
  };
}

/** Replaces the SDK's default winston console logger. */
export function c8LogBridge(logger: Logger): NonNullable<C8Logger> {
  const at =
    (level: 'info' | 'warn' | 'error' | 'debug' | 'trace') =>
    (message: string | undefined, ...meta: unknown[]) =>
      logger[level](meta.length > 0 ? { meta } : {}, message ?? '');
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug'), trace: at('trace') };
}
