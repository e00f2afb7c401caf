import type { Logger } from '../logger.js';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

/** A Logger for tests that keeps every line, child bindings merged into the fields. */
export function memoryLogger(lines: LogLine[] = [], bindings: Record<string, unknown> = {}): Logger & { readonly lines: LogLine[] } {
  const write = (level: LogLine['level']) => (fields: Record<string, unknown>, message: string) => {
    lines.push({ level, message, fields: { ...bindings, ...fields } });
  };
  return {
    lines,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => memoryLogger(lines, { ...bindings, ...more }),
  };
}
