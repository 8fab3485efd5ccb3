import { describe, expect, it } from 'vitest';
import { fiscalQuarter, formatDate, formatDateTime, formatMoney, todayIn } from './format';

describe('format', () => {
  it('shows an instant in the tenant\'s zone, not the browser\'s', () => {
    const at = '2026-12-01T23:30:00Z';
    expect(formatDateTime(at, 'en', 'Asia/Tokyo')).toContain('Dec 2, 2026');
    expect(formatDateTime(at, 'en', 'America/New_York')).toContain('Dec 1, 2026');
    expect(formatDateTime(at, 'ja', 'Asia/Tokyo')).toContain('2026/12/02');
  });

  it('shows a calendar date as it is in every zone', () => {
    expect(formatDate('2026-12-31', 'de')).toBe('31.12.2026');
  });

  it('shows an amount with its own currency in the reader\'s format', () => {
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' }, 'de')).toMatch(/1\.234,50\s€/);
    expect(formatMoney({ amount: '1234.5', currency: 'JPY' }, 'ja')).toMatch(/[¥￥]1,235/);
    expect(formatMoney({ amount: '1234.5', currency: 'USD' }, 'en')).toBe('$1,234.50');
  });

  it('finds the fiscal quarter of a day for a year that starts in April', () => {
    expect(fiscalQuarter('2027-02-10', 4)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(fiscalQuarter('2026-04-01', 4)).toEqual({ fiscalYear: 2026, quarter: 1 });
    expect(fiscalQuarter('2026-12-01', 1)).toEqual({ fiscalYear: 2026, quarter: 4 });
  });

  it('takes today in the tenant\'s zone', () => {
    expect(todayIn('Asia/Tokyo', new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(todayIn('Europe/Berlin', new Date('2026-12-31T16:00:00Z'))).toBe('2026-12-31');
  });
});
