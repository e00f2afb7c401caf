import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { messageKeysInSource } from './message-keys-in-source.js';
import { en } from './messages-en.js';
import { fa } from './messages-fa.js';
import { translate } from './translate.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the server’s message catalogue', () => {
  const used = messageKeysInSource([path.join(root, 'core'), path.join(root, 'web/api')]);

  it('given the source of core/ and web/api/, when its message keys are collected, then core’s known keys are among them', () => {
    for (const key of ['calendar.interval.overlaps', 'tree.cycle', 'location.wrongNesting', 'routing.rule.noPositions', 'sla.target.defaultMissing', 'escalation.maxNegative', 'feedback.score.outOfRange', 'trackingCode.mistyped', 'phone.invalid', 'input.notColor']) {
      assert.ok(used.has(key), `${key} was not found: the scan misses keys`);
    }
  });

  it('given every key a validation problem can carry, when looked up, then Persian and English both have it', () => {
    const missing = [...used].filter(([key]) => !Object.hasOwn(fa, key) || !Object.hasOwn(en, key)).map(([key, file]) => `${key} (${path.relative(root, file)})`);
    assert.deepEqual(missing, [], 'add these to web/api/i18n/messages-fa.ts and messages-en.ts');
  });

  it('given each message, when Persian and English are compared, then they have the same placeholders', () => {
    const mismatched = Object.keys(fa).filter((key) => placeholders(fa[key as keyof typeof fa]).join() !== placeholders(en[key as keyof typeof en]).join());
    assert.deepEqual(mismatched, []);
  });

  it('given parameters, when a message is rendered, then numbers are Persian digits in Persian, values are translated and variants are chosen by their parameters', () => {
    assert.equal(translate('fa', 'input.tooLong', { max: 200 }), 'حداکثر ۲۰۰ نویسه مجاز است.');
    assert.equal(translate('en', 'input.tooLong', { max: 200 }), 'At most 200 characters are allowed.');
    assert.equal(translate('fa', 'location.wrongNesting', { kind: 'city', parentKind: 'floor' }), '«شهر» نمی‌تواند درون «طبقه» قرار بگیرد.');
    assert.equal(translate('en', 'trackingCode.wrongLength', { length: 8 }), 'A tracking code has 8 digits.');
    assert.equal(translate('en', 'trackingCode.wrongLength', { min: 4, max: 18 }), 'A tracking code has 4 to 18 digits.');
    assert.equal(translate('en', 'no.such.key'), 'no.such.key');
  });
});
