import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageInfoValue {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Paging a connection by "load more": the page asks for `after` (null: the first page); the
 * edges shown before are kept while the next page loads and after it came, in order.
 * `reset` goes back to the first page (a filter changed).
 */
export function usePaging<E>() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<E[]>([]);
  const more = useCallback((current: readonly E[], cursor: string) => {
    setEarlier((shown) => [...shown, ...current]);
    setAfter(cursor);
  }, []);
  const reset = useCallback(() => {
    setEarlier([]);
    setAfter(null);
  }, []);
  const list = (current: readonly E[] | undefined): E[] => [...earlier, ...(current ?? [])];
  return { after, more, reset, list };
}

/** The "load more" button under a connection's list, while the connection says there is a next page. */
export function LoadMore({ pageInfo, onMore, fetching }: { pageInfo: PageInfoValue | undefined; onMore: (cursor: string) => void; fetching?: boolean }) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return null;
  const cursor = pageInfo.endCursor;
  return <button type="button" className="load-more" disabled={fetching} onClick={() => onMore(cursor)}>{t('common.loadMore')}</button>;
}
