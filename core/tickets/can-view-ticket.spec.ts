import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemPrincipal } from '../access/principal.js';
import { canViewTicket } from './can-view-ticket.js';
import { user } from './test-support/principals.js';
import type { TicketVisibilityFacts } from './ticket-visibility-facts.js';

const open: TicketVisibilityFacts = { requesterPersonId: '100', status: 'inProgress', involvedPositionIds: ['4', '3'] };
const resolved: TicketVisibilityFacts = { ...open, status: 'resolved' };

describe('canViewTicket', () => {
  it('given the system, admins, auditors and operators, when they look, then they see every ticket', () => {
    for (const principal of [systemPrincipal, user(1, ['admin']), user(2, ['auditor']), user(3, ['operator'])]) assert.equal(canViewTicket(principal, open), true);
  });

  it('given staff, when they look, then they see tickets any of their visible positions ever held, and nothing else', () => {
    assert.equal(canViewTicket(user(4, ['staff'], { positions: [4] }), open), true);
    assert.equal(canViewTicket(user(5, ['staff'], { positions: [9] }), open), false);
    assert.equal(canViewTicket(user(6, ['supervisor'], { positions: [2], visible: [2, 3, 4] }), open), true, 'a supervisor through the subtree');
  });

  it('given a feedback agent, when they look, then they see resolved tickets only', () => {
    assert.equal(canViewTicket(user(7, ['feedbackAgent']), resolved), true);
    assert.equal(canViewTicket(user(7, ['feedbackAgent']), open), false);
  });

  it('given a requester, when they look, then they see their own tickets only', () => {
    assert.equal(canViewTicket(user(8, ['requester'], { personId: 100 }), open), true);
    assert.equal(canViewTicket(user(9, ['requester'], { personId: 101 }), open), false);
    assert.equal(canViewTicket(user(10, ['requester']), { ...open, requesterPersonId: null }), false, 'a user without a person owns nothing');
  });

  it('given a designer, when they look, then they see nothing', () => {
    assert.equal(canViewTicket(user(11, ['designer']), open), false);
  });
});
