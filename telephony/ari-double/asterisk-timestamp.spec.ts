import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asteriskTimestamp } from './asterisk-timestamp.js';

describe('asteriskTimestamp', () => {
  it('given a UTC server, when formatting, then it writes milliseconds and +0000 as recorded', () => {
    assert.equal(asteriskTimestamp(new Date('2026-11-23T07:22:10.168Z')), '2026-11-23T07:22:10.168+0000');
  });

  it('given a server in Tehran (+03:30), when formatting, then it writes local time and +0330', () => {
    assert.equal(asteriskTimestamp(new Date('2026-11-23T07:22:10.168Z'), 210), '2026-11-23T10:52:10.168+0330');
  });

  it('given a negative offset, when formatting, then it writes a minus sign', () => {
    assert.equal(asteriskTimestamp(new Date('2026-11-23T07:22:10.008Z'), -300), '2026-11-23T02:22:10.008-0500');
  });
});
