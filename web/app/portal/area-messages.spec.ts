import { cartableEn } from '../cartable/cartable.en';
import { cartableFa } from '../cartable/cartable.fa';
import { feedbackEn } from '../feedback/feedback.en';
import { feedbackFa } from '../feedback/feedback.fa';
import { portalEn } from './portal.en';
import { portalFa } from './portal.fa';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join();

/** The catalogues the cartable area and the portal load with themselves, which the core's catalogue spec does not see. */
describe.each([
  ['cartable', cartableFa, cartableEn],
  ['feedback', feedbackFa, feedbackEn],
  ['portal', portalFa, portalEn],
] as Array<[string, Readonly<Record<string, string>>, Readonly<Record<string, string>>]>)('the %s messages', (prefix, fa, en) => {
  it('given both languages, when compared, then the keys and each message’s placeholders match, and every key has the feature’s prefix', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
    expect(Object.keys(fa).filter((id) => placeholders(fa[id]!) !== placeholders(en[id]!))).toEqual([]);
    expect(Object.keys(fa).filter((id) => !id.startsWith(`${prefix}.`))).toEqual([]);
  });

  it('given the Persian messages, when read, then none is empty and none uses the Arabic ي or ك', () => {
    expect(Object.entries(fa).filter(([, text]) => text.trim() === '' || /[يك]/.test(text))).toEqual([]);
  });
});
