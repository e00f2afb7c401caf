import { reportsEn } from './reports.en';
import { reportsFa } from './reports.fa';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** The reports' messages load with the area (reports.routes.ts), outside the core catalogues' own spec. */
describe('reports messages', () => {
  it('given both languages, when their keys and placeholders are compared, then they match', () => {
    expect(Object.keys(reportsEn).sort()).toEqual(Object.keys(reportsFa).sort());
    const keys = Object.keys(reportsFa) as (keyof typeof reportsFa)[];
    expect(keys.filter((key) => placeholders(reportsFa[key]).join() !== placeholders(reportsEn[key]).join())).toEqual([]);
  });

  it('given the Persian messages, when read, then none is empty and they use Persian ی and ک', () => {
    expect(Object.entries(reportsFa).filter(([, text]) => text.trim() === '' || /[يك]/.test(text))).toEqual([]);
    expect(Object.entries(reportsEn).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
