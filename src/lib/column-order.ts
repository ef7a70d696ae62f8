// Column order is part of a grid view: the `cols` URL parameter lists the shown columns in the
// order they are shown. Hidden columns have no place; shown again, they join at the end.

export interface OrderableColumn {
  id: string;
  /** False for fixed columns (row selection, row actions) that keep their defined place. */
  hideable: boolean;
}

/**
 * The table's full column order: fixed columns defined before the first hideable one lead, the
 * shown columns follow in `visible` order, then the hidden ones in definition order, then the
 * remaining fixed columns.
 */
export function tableColumnOrder(
  columns: readonly OrderableColumn[],
  visible: readonly string[],
): string[] {
  const firstHideable = columns.findIndex((c) => c.hideable);
  const leading = columns.filter((c, i) => !c.hideable && (firstHideable < 0 || i < firstHideable));
  const trailing = columns.filter((c, i) => !c.hideable && firstHideable >= 0 && i > firstHideable);
  const hideable = columns.filter((c) => c.hideable).map((c) => c.id);
  const shown = visible.filter((id) => hideable.includes(id));
  const hidden = hideable.filter((id) => !shown.includes(id));
  return [...leading.map((c) => c.id), ...shown, ...hidden, ...trailing.map((c) => c.id)];
}

/** Moves a shown column `delta` places (negative: towards the start); out of range is a no-op. */
export function moveColumn(visible: readonly string[], id: string, delta: number): string[] {
  const from = visible.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= visible.length) return [...visible];
  const next = visible.filter((v) => v !== id);
  next.splice(to, 0, id);
  return next;
}

/** Shows (at the end) or hides a column; the last shown column cannot be hidden. */
export function toggleColumn(visible: readonly string[], id: string, show: boolean): string[] {
  if (show) return visible.includes(id) ? [...visible] : [...visible, id];
  const next = visible.filter((v) => v !== id);
  return next.length > 0 ? next : [...visible];
}
