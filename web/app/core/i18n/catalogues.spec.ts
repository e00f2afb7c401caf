import { CATALOGUES } from './catalogues';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  const { fa, en } = CATALOGUES;

  it('given both catalogues, when their keys are compared, then they are the same', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
  });

  it('given every message, when its placeholders are compared across languages, then they match', () => {
    const differing = Object.keys(fa).filter((id) => placeholders(fa[id as keyof typeof fa]).join() !== placeholders(en[id as keyof typeof en]).join());
    expect(differing).toEqual([]);
  });

  it('given every message, when read, then none is empty', () => {
    expect(Object.entries({ ...fa }).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(Object.entries({ ...en }).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('given the Persian catalogue, when read, then it uses Persian ی and ک, not the Arabic letters', () => {
    expect(Object.entries(fa).filter(([, text]) => /[يك]/.test(text))).toEqual([]);
  });
});
