import { treePath } from './tree-path';

const nodes = new Map(
  [
    { id: 1, parentId: null, nameFa: 'نرم‌افزار', nameEn: 'Software' },
    { id: 2, parentId: 1, nameFa: 'اتوماسیون', nameEn: 'Office automation' },
    { id: 3, parentId: 2, nameFa: 'گزارش', nameEn: '' },
  ].map((node) => [node.id, node]),
);

describe('treePath', () => {
  it('given a subject, when named, then its system and subsystem come first, in the reader’s language', () => {
    expect(treePath(nodes, 3, 'fa')).toBe('نرم‌افزار › اتوماسیون › گزارش');
    expect(treePath(nodes, 2, 'en')).toBe('Software › Office automation');
  });

  it('given a blank English name, when named in English, then the Persian name stands in', () => {
    expect(treePath(nodes, 3, 'en')).toBe('Software › Office automation › گزارش');
  });

  it('given no category or one no longer in the catalogue, when named, then nothing', () => {
    expect(treePath(nodes, null, 'fa')).toBeNull();
    expect(treePath(nodes, 42, 'fa')).toBeNull();
  });
});
