import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import type { Logger } from './logger.js';

describe('Logger', () => {
  it('given a pino logger, when used as a telephony Logger, then it writes structured lines with child bindings', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger: Logger = pino({ base: null }, sink);

    logger.child({ channelId: 'c1' }).info({ digit: '1' }, 'dtmf');

    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    assert.equal(line.channelId, 'c1');
    assert.equal(line.digit, '1');
    assert.equal(line.msg, 'dtmf');
  });
});
