import { useState } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { listParamsOf, type GridView } from '../../lib/grid-url-parsers';
import type { ListParams } from '../../lib/list-query';
import { useEventCallback } from '../../lib/use-event-callback';
import { cancelUnobservedFetch, preloadListPage, type ListOptions } from './use-live-list';

/**
 * The grid's side of its search box. While the box holds other text than the rows answer, the
 * rows are marked as loading (`searchPending`). A search's answer is loaded first and the view
 * changes with it, so the rows, the search in the URL and the mark change in one render; a search
 * superseded meanwhile (its signal) changes nothing, and its request is aborted. The next page of
 * a search's answer loads once the pointer or the focus reaches the pagination (`prefetchNext`).
 */
export function useGridSearch<T extends RowData, K extends QueryKey>(
  view: GridView,
  setView: (patch: Partial<GridView>) => void,
  listOptions: (params: ListParams) => ListOptions<T, K>,
  total: number | undefined,
) {
  const queryClient = useQueryClient();
  // Reported by the search box; also cleared here with the answer, in the same render.
  const [searchPending, setSearchPending] = useState(false);
  const search = useEventCallback(async (q: string, signal: AbortSignal) => {
    // The next page of the rows shown is no longer where the user is heading.
    const following = listParamsOf({ ...view, page: view.page + 1 });
    cancelUnobservedFetch(queryClient, listOptions(following).queryKey);
    await preloadListPage(queryClient, listOptions(listParamsOf({ ...view, q, page: 1 })), signal);
    if (signal.aborted) return;
    setSearchPending(false);
    setView({ q, page: 1 });
  });
  const prefetchNext = useEventCallback(() => {
    if (total === undefined || view.page * view.size >= total) return;
    const options = listOptions(listParamsOf({ ...view, page: view.page + 1 }));
    // A page already loaded shows at once and refreshes when shown, like any other.
    if (queryClient.getQueryData(options.queryKey) === undefined) {
      void queryClient.prefetchQuery(options);
    }
  });
  return { searchPending, setSearchPending, search, prefetchNext };
}
