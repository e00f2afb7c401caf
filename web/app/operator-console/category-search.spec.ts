import type { CatalogueCategory } from '../../contract/catalogue';
import { categoryOptions, searchCategories } from './category-search';

const category = (id: number, parentId: number | null, level: number, nameFa: string, nameEn: string): CatalogueCategory => ({ id, parentId, level, nameFa, nameEn, requestType: 'incident' });
const CATALOGUE = [
  category(1, null, 1, 'سخت‌افزار و شبکه', 'Hardware and network'),
  category(2, 1, 2, 'شبکه، اینترنت و VPN', 'Network, internet and VPN'),
  category(3, 2, 3, 'اتصال VPN', 'VPN connection'),
  category(4, 2, 3, 'قطعی اینترنت', 'Internet outage'),
  category(5, null, 1, 'نرم‌افزار', 'Software'),
  category(6, 5, 2, 'سامانه اتوماسیون اداری', 'Office automation'),
  category(7, 6, 3, 'امضای الکترونیک', 'Electronic signature'),
  category(8, 1, 2, 'چاپگر', 'Printers'),
];

describe('categoryOptions', () => {
  it('given a catalogue, when listed in Persian, then each category has its whole path, its lineage and whether it is a subject', () => {
    const options = categoryOptions(CATALOGUE, 'fa');
    expect(options.map((option) => option.id)).toEqual([1, 2, 3, 4, 8, 5, 6, 7]);
    const vpn = options.find((option) => option.id === 3)!;
    expect(vpn.path).toBe('سخت‌افزار و شبکه › شبکه، اینترنت و VPN › اتصال VPN');
    expect(vpn.lineage).toEqual([1, 2, 3]);
    expect(vpn.leaf).toBe(true);
    expect(options.find((option) => option.id === 2)!.leaf).toBe(false);
  });
});

describe('searchCategories', () => {
  const options = categoryOptions(CATALOGUE, 'fa');
  const ids = (query: string) => searchCategories(options, query).map((option) => option.id);

  it('given text typed with Arabic ي and ك, when searched, then the Persian names match', () => {
    expect(ids('امضاي الكترونيك')).toEqual([7]);
    expect(ids('چاپگر')).toEqual([8]);
  });

  it('given words from a parent and the subject, when searched, then the subject under that parent is found', () => {
    expect(ids('شبکه اتصال')).toEqual([3]);
  });

  it('given a word in a subject and in its headings, when searched, then the subject named so comes first, then its heading, then subjects under it', () => {
    expect(ids('vpn')[0]).toBe(3);
    expect(ids('vpn')).toEqual([3, 2, 4]);
  });

  it('given English while the page is Persian, or nothing, when searched, then English matches and nothing lists nothing', () => {
    expect(ids('internet outage')).toEqual([4]);
    expect(ids('  ')).toEqual([]);
  });
});
