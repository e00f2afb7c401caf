import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TICKET_SMS_EVENTS } from '../core/notifications/ticket-sms-event.js';
import { type FEEDBACK_CONCLUSIONS, ERROR_CODES, type HANDLING_OUTCOMES, SMS_EVENTS } from '../processes/contract.js';
import type { FeedbackConclusion, HandlingDecision } from '../core/tickets/ticket-workflow.js';
import { TICKET_RULE_CODES } from '../core/tickets/ticket-rule-codes.js';

// processes/ may import nothing but its contract, so the codes the workers can raise are listed
// there again; these checks keep the two lists from drifting apart.
describe('the process contract and core', () => {
  it('given the business rule codes of core, when compared with the contract, then every one is a known BPMN error code and none is extra', () => {
    assert.deepEqual([...ERROR_CODES].sort(), [...TICKET_RULE_CODES].sort());
  });

  it('given the SMS events of core, when compared with the contract, then they are the same', () => {
    assert.deepEqual(Object.values(SMS_EVENTS).sort(), [...TICKET_SMS_EVENTS].sort());
  });

});

// The value lists of the contract and core's types must name the same values; the type checker fails otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const conclusionsAgree: Same<FeedbackConclusion, (typeof FEEDBACK_CONCLUSIONS)[number]> = true;
export const outcomesAgree: Same<HandlingDecision['outcome'], (typeof HANDLING_OUTCOMES)[number]> = true;
