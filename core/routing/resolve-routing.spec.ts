import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveRouting } from './resolve-routing.js';
import type { RoutingRule } from './routing-rule.js';
import { validateRoutingRules } from './validate-routing-rules.js';

const to = (...positionIds: string[]) => ({ kind: 'positions', positionIds }) as const;
const rule = (id: string, categoryId: string | null, locationId: string | null, priority = 0, target = to(`${id}-team`)): RoutingRule => ({
  id,
  categoryId,
  locationId,
  priority,
  target,
});

const vpnInHq3 = { categoryPath: ['it', 'network', 'vpn'], locationPath: ['tehran-province', 'tehran', 'hq', 'hq-3'], fallbackPositionId: 'message-center' };

describe('resolveRouting', () => {
  it('given no rules, when routed, then the ticket goes to the message center', () => {
    assert.deepEqual(resolveRouting({ ...vpnInHq3, rules: [] }), { target: to('message-center'), ruleId: null });
  });

  it('given rules for other categories and locations only, when routed, then the fallback is used', () => {
    const rules = [rule('printers', 'printers', null), rule('isfahan', null, 'isfahan-province')];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, null);
  });

  it('given rules at several category levels, when routed, then the deepest matching category wins', () => {
    const rules = [rule('any', null, null), rule('it', 'it', null), rule('network', 'network', null)];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, 'network');
  });

  it('given a deeper category against a deeper location, when routed, then the category wins', () => {
    const rules = [rule('vpn-anywhere', 'vpn', null), rule('it-on-floor-3', 'it', 'hq-3', 100)];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, 'vpn-anywhere');
  });

  it('given the same category level, when routed, then the deeper location wins', () => {
    const rules = [rule('network-tehran', 'network', 'tehran'), rule('network-hq', 'network', 'hq'), rule('network-any', 'network', null)];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, 'network-hq');
  });

  it('given equally specific rules, when routed, then the higher priority wins', () => {
    const rules = [rule('low', 'network', 'hq', 1), rule('high', 'network', 'hq', 5)];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, 'high');
  });

  it('given equally specific rules of equal priority, when routed in either order, then the smaller id wins', () => {
    const rules = [rule('rule-b', 'network', 'hq', 1), rule('rule-a', 'network', 'hq', 1)];
    assert.equal(resolveRouting({ ...vpnInHq3, rules }).ruleId, 'rule-a');
    assert.equal(resolveRouting({ ...vpnInHq3, rules: [...rules].reverse() }).ruleId, 'rule-a');
  });

  it('given a rule for a contractor, when it is the most specific, then the contractor is the target', () => {
    const rules = [rule('it', 'it', null), { ...rule('vpn-vendor', 'vpn', null), target: { kind: 'contractor', contractorId: 'pars-net' } as const }];
    assert.deepEqual(resolveRouting({ ...vpnInHq3, rules }), { target: { kind: 'contractor', contractorId: 'pars-net' }, ruleId: 'vpn-vendor' });
  });

  it('given a rule with several positions, when chosen, then all of them are targets', () => {
    const rules = [rule('network', 'network', null, 0, to('network-expert-1', 'network-expert-2'))];
    assert.deepEqual(resolveRouting({ ...vpnInHq3, rules }).target, to('network-expert-1', 'network-expert-2'));
  });

  it('given a ticket without category or location, when routed, then only catch-all rules can match', () => {
    const rules = [rule('network', 'network', null), rule('tehran', null, 'tehran'), rule('any', null, null)];
    assert.equal(resolveRouting({ rules, categoryPath: [], locationPath: [], fallbackPositionId: 'message-center' }).ruleId, 'any');
  });
});

describe('validateRoutingRules', () => {
  it('given broken rules, when validated, then each problem names its field', () => {
    const problems = validateRoutingRules([
      rule('a', null, null, 0, to()),
      rule('a', 'it', null, 1.5),
      { ...rule('c', null, null), target: { kind: 'contractor', contractorId: ' ' } },
    ]);
    assert.deepEqual(problems, [
      { field: 'rules[0].target.positionIds', messageKey: 'routing.rule.noPositions' },
      { field: 'rules[1].id', messageKey: 'routing.rule.duplicateId', params: { id: 'a' } },
      { field: 'rules[1].priority', messageKey: 'routing.rule.priorityNotInteger' },
      { field: 'rules[2].target.contractorId', messageKey: 'routing.rule.noContractor' },
    ]);
  });
});
