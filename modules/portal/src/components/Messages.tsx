import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../gql';
import { formatDateTime } from '../format';

export const Messages_message = graphql(`
  fragment Messages_message on CaseMessage { id author body at }
`);

/** A case's messages between the reporter and the handlers, oldest first. */
export function Messages({ messages, timeZone }: { messages: readonly FragmentType<typeof Messages_message>[]; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const list = readFragment(Messages_message, messages);
  if (list.length === 0) return <p>{t('case.noMessages')}</p>;
  return (
    <ol className="messages">
      {list.map((m) => (
        <li key={m.id} className={`message ${m.author.toLowerCase()}`}>
          <p className="meta">{t(`enum.author.${m.author}`)} · {formatDateTime(m.at, i18n.language, timeZone)}</p>
          <p>{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
