import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { FormErrors, TextArea } from '../../components/Fields';
import { errorsFor, otherErrors } from '../../userErrors';

// Referring an overdue certification to the discipline process, from the completion view.
// The mutation answers with the assignment: the page's query reads each overdue row's
// assignment id, so urql's document cache refetches the list, which then shows it referred.

const ReferForDiscipline = graphql(`
  mutation CertificationAssignmentReferForDiscipline($input: CertificationAssignmentReferForDisciplineInput!) {
    certificationAssignmentReferForDiscipline(input: $input) { assignment { id status overdue } userErrors { field message code } }
  }
`);

/** Only the CFO/CAO refers an overdue certification (the API refuses everyone else). */
export function canReferForDiscipline(roles: readonly Role[]): boolean {
  return roles.includes('CFO_CAO');
}

export interface OverdueRow { assignmentId: string; name: string }

/** The form under the overdue list for the row chosen: why, then refer; the API's errors next to the note or at the top. */
export function ReferralForm({ row, onDone, onCancel }: { row: OverdueRow; onDone: (row: OverdueRow) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [result, refer] = useMutation(ReferForDiscipline);
  const errors = result.data?.certificationAssignmentReferForDiscipline.userErrors;
  // the form opens under the list: the keyboard goes with it
  useEffect(() => { document.getElementById('referral-note')?.focus(); }, []);
  return (
    <form className="subform" aria-labelledby="referral-heading" data-testid="referral"
      onSubmit={(e) => {
        e.preventDefault();
        void refer({ input: { assignmentId: row.assignmentId, note } }).then((r) => {
          const payload = r.data?.certificationAssignmentReferForDiscipline;
          if (payload && payload.userErrors.length === 0) onDone(row);
        });
      }}>
      <h3 id="referral-heading">{t('certReferral.heading', { name: row.name })}</h3>
      <p className="hint">{t('certReferral.consequence')}</p>
      <FormErrors errors={otherErrors(errors, ['note'])} />
      <TextArea id="referral-note" label={t('certReferral.note')} hint={t('certReferral.noteHint')} value={note} onChange={setNote} rows={3}
        required errors={errorsFor(errors, 'note')} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>{t('certReferral.submit')}</button>{' '}
        <button type="button" className="link" onClick={onCancel}>{t('certReferral.cancel')}</button>
      </div>
    </form>
  );
}
