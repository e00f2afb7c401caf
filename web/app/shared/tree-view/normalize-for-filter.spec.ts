import { normalizeForFilter } from './normalize-for-filter';

describe('normalizeForFilter', () => {
  it('given Arabic letters, Persian digits and a ZWNJ, when normalized, then they compare equal to their Persian typing', () => {
    expect(normalizeForFilter('كارشناس‌ شبكه ۱۲')).toBe(normalizeForFilter('کارشناس شبکه 12'));
    expect(normalizeForFilter('  VPN ')).toBe('vpn');
  });
});
