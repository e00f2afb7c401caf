import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TICKET_STATUSES } from '../tickets/ticket-status.js';
import { RECORDED_PROMPTS, statusPrompt, TELEPHONY_PROMPTS } from './telephony-prompts.js';

describe('the telephony prompts', () => {
  it('given every recorded prompt, when listed, then names are unique Asterisk sound paths and every text is Persian', () => {
    const names = RECORDED_PROMPTS.map((prompt) => prompt.name);
    assert.equal(new Set(names).size, names.length);
    for (const prompt of TELEPHONY_PROMPTS) {
      assert.match(prompt.name, /^[a-z]+\/[a-z0-9-]+$/);
      assert.match(prompt.text, /[\u0600-\u06FF]/);
    }
  });

  it('given every ticket status, when spoken, then it has a prompt', () => {
    const names = new Set(TELEPHONY_PROMPTS.map((prompt) => prompt.name));
    for (const status of TICKET_STATUSES) assert.ok(names.has(statusPrompt(status)), status);
    assert.equal(statusPrompt('waitingForInformation'), 'status/waiting-for-information');
  });
});
