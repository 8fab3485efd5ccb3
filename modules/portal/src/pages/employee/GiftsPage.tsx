import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { GiftCounterpartyKind, GiftDirection, GiftForm, GiftKind, GiftResponse } from '../../gql/graphql';
import { CheckboxField, FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { errorsFor, fieldPath, otherErrors, type UserErrorValue } from '../../userErrors';
import { currencyChoices, formatMoney, todayIn } from '../../format';
import { LoadMore, usePaging } from '../../components/LoadMore';
import type { GiftsPageQuery as GiftsPageData } from '../../gql/graphql';

type GiftEdge = GiftsPageData['viewer']['giftEntries']['edges'][number];
import { useShell } from '../TenantArea';
import { GiftsTable } from './GiftsCard';

export const GiftAnswer_entry = graphql(`
  fragment GiftAnswer_entry on GiftEntry {
    id status flagged
    value { amount currency }
    valuation { tenantValue { amount currency } }
    evaluation { outcome opensCase thresholds findings { rule section summary applies outcome figure threshold comparison } }
    disposition { dueDate }
  }
`);

const GiftsPageQuery = graphql(`
  query GiftsPage($after: String) {
    giftSettings { insignificantValue { amount currency } entertainmentPerPerson { amount currency } }
    viewer { giftEntries(first: 20, after: $after) {
      edges { cursor node { id ...GiftsTable_entry } }
      pageInfo { hasNextPage endCursor }
    } }
  }
`);

const GiftRecord = graphql(`
  mutation GiftRecord($input: GiftRecordInput!) {
    giftRecord(input: $input) {
      giftEntry { id ...GiftAnswer_entry ...GiftsTable_entry }
      userErrors { field message code }
    }
  }
`);

const KINDS: GiftKind[] = ['GIFT', 'GRATUITY', 'FAVOUR', 'ENTERTAINMENT'];
const DIRECTIONS: GiftDirection[] = ['RECEIVED', 'GIVEN'];
const RESPONSES: GiftResponse[] = ['OFFERED', 'ACCEPTED', 'DECLINED'];
const FORMS: GiftForm[] = ['IN_KIND', 'CASH', 'CASH_EQUIVALENT'];
const COUNTERPARTY_KINDS: GiftCounterpartyKind[] = ['BUSINESS_CONTACT', 'GOVERNMENT_OFFICIAL', 'EMPLOYEE', 'OTHER'];

/** The person's gift register: record a gift, gratuity, favour or entertainment and read the Code's answer; their entries. */
export function GiftsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  const paging = usePaging<GiftEdge>();
  const [{ data, error, fetching }] = useQuery({ query: GiftsPageQuery, variables: { after: paging.after } });
  const entries = paging.list(data?.viewer.giftEntries.edges);
  const [answer, setAnswer] = useState<FragmentType<typeof GiftAnswer_entry> | null>(null);
  const settings = data?.giftSettings;
  return (
    <>
      <h1>{t('gifts.title')}</h1>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      {settings?.insignificantValue ? <p className="hint">{t('gifts.insignificant', { value: formatMoney(settings.insignificantValue, i18n.language) })}</p> : null}
      <GiftForm currency={viewer.tenant.currency} timeZone={viewer.tenant.timeZone} onRecorded={setAnswer} />
      {answer ? <GiftAnswer entry={answer} /> : null}
      <section className="card" aria-labelledby="my-gifts-heading">
        <h2 id="my-gifts-heading">{t('gifts.mine')}</h2>
        {!data && entries.length === 0 ? <p>{t('common.loading')}</p> : <GiftsTable entries={entries.map((e) => e.node)} />}
        <LoadMore pageInfo={data?.viewer.giftEntries.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.viewer.giftEntries.edges ?? [], cursor)} />
      </section>
    </>
  );
}

export function GiftForm({ currency, timeZone, onRecorded }: { currency: string; timeZone: string; onRecorded: (entry: FragmentType<typeof GiftAnswer_entry>) => void }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<GiftKind>('GIFT');
  const [direction, setDirection] = useState<GiftDirection>('RECEIVED');
  const [response, setResponse] = useState<GiftResponse>('ACCEPTED');
  const [form, setForm] = useState<GiftForm>('IN_KIND');
  const [counterparty, setCounterparty] = useState('');
  const [counterpartyKind, setCounterpartyKind] = useState<GiftCounterpartyKind>('BUSINESS_CONTACT');
  const [description, setDescription] = useState('');
  const [date, setDate] = useState(todayIn(timeZone));
  const [amount, setAmount] = useState('');
  const [valueCurrency, setValueCurrency] = useState(currency);
  const [attendees, setAttendees] = useState('');
  const [lawful, setLawful] = useState(false);
  const [companyFunds, setCompanyFunds] = useState(false);
  const [result, record] = useMutation(GiftRecord);
  const currencies = useMemo(() => currencyChoices(i18n.language, [currency]), [i18n.language, currency]);
  const errors: UserErrorValue[] | undefined = result.data?.giftRecord.userErrors;
  const shown = ['kind', 'direction', 'response', 'form', 'counterparty', 'description', 'date', 'value', 'attendees', 'lawfulAndUnconditional', 'companyFunds'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void record({ input: {
      kind, direction, response, form, description, date: date || null,
      counterparty: { name: counterparty, kind: counterpartyKind },
      value: amount.trim() ? { amount: amount.trim(), currency: valueCurrency } : null,
      attendees: kind === 'ENTERTAINMENT' && attendees ? Number(attendees) : null,
      lawfulAndUnconditional: direction === 'GIVEN' ? lawful : null,
      companyFunds: direction === 'GIVEN' ? companyFunds : false,
    } }).then((r) => { if (r.data?.giftRecord.giftEntry) onRecorded(r.data.giftRecord.giftEntry); });
  };
  const options = <T extends string>(group: string, values: T[]) => values.map((v) => ({ value: v, label: t(`enum.${group}.${v}`) }));
  return (
    <section className="card" aria-labelledby="gift-form-heading">
      <h2 id="gift-form-heading">{t('gifts.record')}</h2>
      <form onSubmit={submit} data-testid="gift-form">
        <FormErrors errors={otherErrors(errors, shown)} />
        {result.error ? <p role="alert" className="form-errors">{t('common.failed')}</p> : null}
        <div className="columns">
          <SelectField id="gift-kind" label={t('gifts.kind')} value={kind} onChange={setKind} options={options('giftKind', KINDS)} errors={errorsFor(errors, 'kind')} />
          <SelectField id="gift-direction" label={t('gifts.direction')} value={direction} onChange={setDirection} options={options('giftDirection', DIRECTIONS)} errors={errorsFor(errors, 'direction')} />
          <SelectField id="gift-response" label={t('gifts.response')} value={response} onChange={setResponse} options={options('giftResponse', RESPONSES)} errors={errorsFor(errors, 'response')} />
          <SelectField id="gift-form-kind" label={t('gifts.form')} value={form} onChange={setForm} options={options('giftForm', FORMS)} errors={errorsFor(errors, 'form')} />
        </div>
        <TextField id="gift-counterparty" label={t('gifts.counterparty')} value={counterparty} onChange={setCounterparty} required errors={errorsFor(errors, 'counterparty')} />
        <SelectField id="gift-counterparty-kind" label={t('gifts.counterpartyKind')} value={counterpartyKind} onChange={setCounterpartyKind} options={options('giftCounterpartyKind', COUNTERPARTY_KINDS)} />
        <TextArea id="gift-description" label={t('gifts.description')} value={description} onChange={setDescription} rows={2} required errors={errorsFor(errors, 'description')} />
        <TextField id="gift-date" type="date" label={t('gifts.date')} value={date} onChange={setDate} required errors={errorsFor(errors, 'date')} />
        <div className="columns">
          <TextField id="gift-amount" label={t('gifts.amount')} value={amount} onChange={setAmount} required hint={t('gifts.amountHint')}
            errors={errorsFor(errors, 'value').filter((e) => fieldPath(e) !== 'value.currency')} />
          <SelectField id="gift-currency" label={t('gifts.currency')} value={valueCurrency} onChange={setValueCurrency}
            options={currencies} errors={errorsFor(errors, 'value.currency')} />
        </div>
        {kind === 'ENTERTAINMENT' ? <TextField id="gift-attendees" type="number" label={t('gifts.attendees')} value={attendees} onChange={setAttendees} errors={errorsFor(errors, 'attendees')} /> : null}
        {direction === 'GIVEN' ? (
          <>
            <CheckboxField id="gift-lawful" label={t('gifts.lawful')} checked={lawful} onChange={setLawful} errors={errorsFor(errors, 'lawfulAndUnconditional')} />
            <CheckboxField id="gift-company-funds" label={t('gifts.companyFunds')} checked={companyFunds} onChange={setCompanyFunds} errors={errorsFor(errors, 'companyFunds')} />
          </>
        ) : null}
        <button type="submit" disabled={result.fetching}>{t('gifts.submit')}</button>
      </form>
    </section>
  );
}

/** What the Code said of the entry just recorded: the outcome, and each rule that applies with its figure and threshold. */
export function GiftAnswer({ entry }: { entry: FragmentType<typeof GiftAnswer_entry> }) {
  const { t, i18n } = useTranslation();
  const g = readFragment(GiftAnswer_entry, entry);
  return (
    <section className="card" aria-labelledby="gift-answer-heading" data-testid="gift-answer" role="status">
      <h2 id="gift-answer-heading">{t('gifts.answer')}</h2>
      <p data-testid="gift-outcome"><strong>{t(`enum.giftOutcome.${g.evaluation.outcome}`)}</strong> · {formatMoney(g.value, i18n.language)}
        {g.valuation.tenantValue.currency !== g.value.currency ? ` (${formatMoney(g.valuation.tenantValue, i18n.language)})` : ''} · {t(`enum.giftStatus.${g.status}`)}</p>
      <ul>
        {g.evaluation.findings.filter((f) => f.applies).map((f) => (
          <li key={f.rule}>{f.section}: {f.summary}{f.figure ? ` — ${f.comparison}` : ''}</li>
        ))}
      </ul>
      <p className="hint">{g.evaluation.thresholds}</p>
    </section>
  );
}
