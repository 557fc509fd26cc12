// Pages of a long list (the Dataset's samples): how many, which items, which page buttons.

/** How many pages `total` items fill at `perPage` a page (at least 1). */
export function pageCount(total: number, perPage: number): number {
  const size = perPage > 0 ? Math.floor(perPage) : total;
  if (total <= 0 || size <= 0) return 1;
  return Math.ceil(total / size);
}

/** `page` kept within 0 and the last page. */
export function clampPage(page: number, count: number): number {
  if (!Number.isFinite(page)) return 0;
  return Math.min(Math.max(0, Math.floor(page)), Math.max(0, count - 1));
}

/** The items of page `page` (0-based), with the index of the first one. */
export function pageItems<T>(items: readonly T[], page: number, perPage: number): { items: T[]; offset: number } {
  if (!(perPage > 0)) return { items: items.slice(), offset: 0 };
  const size = Math.floor(perPage);
  const offset = clampPage(page, pageCount(items.length, size)) * size;
  return { items: items.slice(offset, offset + size), offset };
}

/**
 * The page buttons to show: the first and last pages and those around the current one, each
 * with `spread` neighbours; null marks a gap ("…"). E.g. page 9 of 20: 0 1 2 … 7 8 9 10 11 … 17 18 19.
 */
export function visiblePages(page: number, count: number, spread = 2): (number | null)[] {
  const shown = new Set<number>();
  for (const anchor of [0, page, count - 1]) {
    for (let i = anchor - spread; i <= anchor + spread; i++) {
      if (i >= 0 && i < count) shown.add(i);
    }
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) {
      // A gap of exactly one page shows that page rather than "…".
      if (p - sorted[i - 1] === 2) result.push(p - 1);
      else result.push(null);
    }
    result.push(p);
  });
  return result;
}
