// What Tabs and Tab share: the tabs of a Tabs block, read from the layout tree and the blocks'
// props, and which one the `selected` prop names.
import type { LayoutNode } from "./types";

/** One tab of a Tabs block, as its tab bar shows it. */
export interface TabInfo {
  /** The Tab block's id. */
  blockId: number;
  /** The Tab's `id` prop, if the app gave one. */
  id: string | number | null;
  label: string;
  visible: boolean;
  interactive: boolean;
  elemId: string | null;
}

/** How a Tab learns whether it is the one shown: Tabs provides it under {@link TABS_CONTEXT}. */
export interface TabsContext {
  /** The block id of the Tab shown, or null when none is. */
  readonly selected: number | null;
}

export const TABS_CONTEXT = Symbol("gradio4j-tabs");

/** The node of block `id` in the layout tree, or null. */
export function findNode(node: LayoutNode | null | undefined, id: number): LayoutNode | null {
  if (!node) return null;
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return null;
}

/** A tab's props as {@link TabInfo}. */
export function tabInfo(blockId: number, props: Record<string, unknown>, position: number): TabInfo {
  const id = props.id;
  return {
    blockId,
    id: typeof id === "string" || typeof id === "number" ? id : null,
    label: props.label != null && props.label !== "" ? String(props.label) : `Tab ${position + 1}`,
    visible: props.visible !== false && props.visible !== "hidden",
    interactive: props.interactive !== false,
    elemId: typeof props.elem_id === "string" ? props.elem_id : null,
  };
}

/** What a tab is called in the `selected` prop: its `id`, else its block id (as Gradio does). */
export function tabKey(tab: TabInfo): string | number {
  return tab.id ?? tab.blockId;
}

/**
 * The tab `selected` names (by `id`, else by label, else by block id), if it can be shown; else
 * the first tab that can be. Answers its block id, or null when no tab is visible.
 */
export function resolveSelected(tabs: readonly TabInfo[], selected: unknown): number | null {
  const usable = tabs.filter((t) => t.visible);
  if (selected !== null && selected !== undefined && selected !== "") {
    const wanted = String(selected);
    const match =
      usable.find((t) => t.id !== null && String(t.id) === wanted) ??
      usable.find((t) => t.label === wanted) ??
      usable.find((t) => typeof selected === "number" && t.blockId === selected);
    if (match) return match.blockId;
  }
  return (usable.find((t) => t.interactive) ?? usable[0])?.blockId ?? null;
}

/** The next tab a key press moves to among the enabled visible ones, wrapping around. */
export function nextTab(tabs: readonly TabInfo[], current: number | null, key: string): number | null {
  const enabled = tabs.filter((t) => t.visible && t.interactive);
  if (enabled.length === 0) return null;
  const at = enabled.findIndex((t) => t.blockId === current);
  switch (key) {
    case "ArrowRight":
      return enabled[(at + 1) % enabled.length].blockId;
    case "ArrowLeft":
      return enabled[(at - 1 + enabled.length) % enabled.length].blockId;
    case "Home":
      return enabled[0].blockId;
    case "End":
      return enabled[enabled.length - 1].blockId;
    default:
      return null;
  }
}
