import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atTehran } from '../calendar/test-support/at-tehran.js';
import { renderSms } from './render-sms.js';
import { DEFAULT_SMS_TEMPLATES } from './sms-template-keys.js';

describe('renderSms', () => {
  it('given a Persian template, when rendered, then digits are Persian and dates Jalali in Persian', () => {
    const text = renderSms(DEFAULT_SMS_TEMPLATES['ticket.resolved'].fa, { trackingCode: '12345671', date: atTehran('1403/08/26 10:05'), resolution: 'پروفایل VPN بازنشانی شد (مرحله 2)' }, 'fa');
    assert.equal(text, 'درخواست ۱۲۳۴۵۶۷۱ در ۲۶ آبان ۱۴۰۳ ساعت ۱۰:۰۵ انجام شد: پروفایل VPN بازنشانی شد (مرحله ۲) به‌زودی نظر شما را می‌پرسیم.');
  });

  it('given an English template, when rendered, then digits stay Latin and the Jalali month is transliterated', () => {
    const text = renderSms(DEFAULT_SMS_TEMPLATES['ticket.closed'].en, { trackingCode: '12345671', date: atTehran('1403/12/30 16:00') }, 'en');
    assert.equal(text, 'Request 12345671 was closed on 30 Esfand 1403 16:00. Thank you.');
  });

  it('given a long free text, when rendered, then it is cut; an unknown placeholder stays visible', () => {
    const text = renderSms('{{question}} {{nope}}', { question: 'x'.repeat(500) }, 'en');
    assert.equal(text.length, 120 + ' {{nope}}'.length);
    assert.ok(text.endsWith('… {{nope}}'));
  });

  it('given every default template, when rendered with its placeholders, then nothing is left unfilled', () => {
    for (const [key, { fa, en }] of Object.entries(DEFAULT_SMS_TEMPLATES)) {
      const params = { trackingCode: '1', subject: 's', name: 'n', date: new Date(0), question: 'q', resolution: 'r', position: 'p', level: 1, dueDate: new Date(0) };
      for (const [language, template] of [['fa', fa], ['en', en]] as const) assert.ok(!renderSms(template, params, language).includes('{{'), `${key} ${language}`);
    }
  });
});
