import { describe, expect, it } from 'vitest';
import { currencyChoices, fiscalQuarter, formatDate, formatDateTime, formatMoney, todayIn } from './format';

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

  it('names every currency in use in the reader\'s language, the given ones first', () => {
    const de = currencyChoices('de', ['JPY']);
    expect(de[0]).toEqual({ value: 'JPY', label: 'JPY — Japanischer Yen' });
    expect(de.filter((c) => c.value === 'JPY')).toHaveLength(1);
    expect(de.find((c) => c.value === 'CHF')?.label).toBe('CHF — Schweizer Franken');
    expect(currencyChoices('ja').find((c) => c.value === 'EUR')?.label).toBe('EUR — ユーロ');
    expect(de.map((c) => c.value).slice(1)).toEqual([...de.map((c) => c.value).slice(1)].sort());
  });
});
