// The JSON viewer's tree: node kinds, paths, and which nodes start expanded, within a budget of
// lines so that a large value never renders all at once.

export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null" | "other";

/** How many children of a node are shown before a "show more" button. */
export const PAGE_SIZE = 100;
/** About how many lines the tree shows at first, however large the value. */
export const LINE_BUDGET = 1000;
/** How many levels start expanded when the app does not say: as Gradio, three. */
export const DEFAULT_OPEN_DEPTH = 3;

export function kindOf(value: unknown): JsonKind {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "object":
      return "object";
    case "string":
      return "string";
    case "number":
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "other";
  }
}

/** Whether a node has children to expand (an object or an array, even an empty one). */
export function isBranch(value: unknown): value is Record<string, unknown> | unknown[] {
  const kind = kindOf(value);
  return kind === "object" || kind === "array";
}

/** How many children a node has. */
export function childCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isBranch(value) ? Object.keys(value).length : 0;
}

/** The first `limit` children of a node, as [key, value]: indices for arrays, keys for objects. */
export function childEntries(value: unknown, limit = Infinity): [string | number, unknown][] {
  if (Array.isArray(value)) {
    const end = Math.min(value.length, limit);
    const entries: [number, unknown][] = [];
    for (let i = 0; i < end; i++) entries.push([i, value[i]]);
    return entries;
  }
  if (!isBranch(value)) return [];
  const entries: [string, unknown][] = [];
  for (const key in value) {
    if (entries.length >= limit) break;
    if (Object.prototype.hasOwnProperty.call(value, key)) entries.push([key, (value as Record<string, unknown>)[key]]);
  }
  return entries;
}

/** A child's path: its parent's, then "/" and its key, escaped as in a JSON Pointer. The root is "". */
export function childPath(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** The summary of a collapsed node: "3 items", "1 key". */
export function preview(value: unknown): string {
  const n = childCount(value);
  if (Array.isArray(value)) return n === 1 ? "1 item" : `${n} items`;
  return n === 1 ? "1 key" : `${n} keys`;
}

/**
 * How many levels start expanded, from the `open` prop: a number of levels (gradio4j's
 * `openDepth`), true for all (Gradio's `open=True`), else the default.
 */
export function openDepthOf(open: unknown): number {
  if (open === true) return Infinity;
  if (typeof open === "number" && Number.isFinite(open) && open >= 0) return Math.floor(open);
  return DEFAULT_OPEN_DEPTH;
}

/**
 * The paths of the nodes that start expanded: those less than `openDepth` levels deep,
 * shallowest first, as long as the lines they show stay within `budget`. The top node is
 * expanded whenever `openDepth` allows it, whatever its size (only its first page is shown).
 * `rootPath` is the top node's path, to expand a subtree.
 */
export function initialExpanded(
  value: unknown,
  openDepth: number,
  budget = LINE_BUDGET,
  pageSize = PAGE_SIZE,
  rootPath = "",
): Set<string> {
  const expanded = new Set<string>();
  let lines = 1;
  const queue: { value: unknown; path: string; depth: number }[] = [{ value, path: rootPath, depth: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (!isBranch(node.value) || node.depth >= openDepth) continue;
    const children = childEntries(node.value, pageSize);
    const cost = children.length + 1;
    if (head > 0 && lines + cost > budget) continue;
    expanded.add(node.path);
    lines += cost;
    for (const [key, child] of children) {
      if (isBranch(child)) queue.push({ value: child, path: childPath(node.path, key), depth: node.depth + 1 });
    }
  }
  return expanded;
}
