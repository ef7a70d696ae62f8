import { useOptimisticSearchParams } from 'nuqs/adapters/react-router/v8';

/**
 * The page's query string as it is now (`?a=1`, or '' when empty). React Router's location does
 * not see the grids' URL writes (nuqs writes the history directly, without a navigation), so
 * `useLocation().search` keeps the query the page was opened with; this follows both.
 */
export function useCurrentSearch(): string {
  const text = useOptimisticSearchParams().toString();
  return text === '' ? '' : `?${text}`;
}
