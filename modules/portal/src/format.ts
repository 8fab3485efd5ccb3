// Dates in the tenant's time zone and amounts with their currency, in the reader's language.

export interface MoneyValue {
  amount: string;
  currency: string;
}

export function formatDateTime(iso: string | null | undefined, language: string, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A calendar date (no time of day): shown as it is, whatever the zone. */
export function formatDate(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatMoney(money: MoneyValue | null | undefined, language: string): string {
  if (!money) return '';
  return new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }).format(Number(money.amount));
}

/** The fiscal year and quarter that a day falls in, for a year starting in the given month (FY named by its first year). */
export function fiscalQuarter(isoDate: string, fiscalYearStartMonth: number): { fiscalYear: number; quarter: number } {
  const [year, month] = isoDate.split('-').map(Number);
  const offset = (month - fiscalYearStartMonth + 12) % 12;
  return { fiscalYear: month >= fiscalYearStartMonth ? year : year - 1, quarter: Math.floor(offset / 3) + 1 };
}

/** Today's date in a time zone, as yyyy-mm-dd. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Every ISO 4217 currency in use, as the browser's Intl knows them (all of which the API's
 * Currency scalar accepts), each labelled with its name in the reader's language; the ones
 * given first (the tenant's currency) lead, the rest follow by code.
 */
export function currencyChoices(language: string, first: readonly string[] = []): { value: string; label: string }[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  const names = new Intl.DisplayNames([language], { type: 'currency', fallback: 'code' });
  const codes = [...new Set([...first, ...[...known].sort()])];
  return codes.map((code) => {
    const name = names.of(code);
    return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}
