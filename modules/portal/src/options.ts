import type { TFunction } from 'i18next';

export const CATEGORIES = ['VIOLATION_OF_LAW', 'ACCOUNTING_OR_AUDITING', 'CONFLICT_OF_INTEREST', 'INSIDER_TRADING',
  'CONFIDENTIALITY', 'GIFTS_BRIBERY_KICKBACKS', 'FAIR_DEALING', 'MISUSE_OF_ASSETS', 'BOOKS_AND_RECORDS', 'RETALIATION',
  'OTHER'] as const;
export const RECIPIENTS = ['SUPERVISOR', 'CFO_CAO', 'TREASURER', 'AUDIT_COMMITTEE'] as const;
export const PUBLIC_RECIPIENTS = ['CFO_CAO', 'TREASURER', 'AUDIT_COMMITTEE'] as const;
export const STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'CLOSED'] as const;

/** The options of an enum, each labelled in the reader's language. */
export function enumOptions<T extends string>(t: TFunction, group: string, values: readonly T[]) {
  return values.map((value) => ({ value, label: t(`enum.${group}.${value}`) }));
}
