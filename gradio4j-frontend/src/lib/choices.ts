// Choice lists of Dropdown, Radio and CheckboxGroup: Gradio sends them as [display, value] pairs.
// Also the Dropdown's type-to-filter matching and its keyboard moves, kept here as pure functions.

export type ChoiceValue = string | number;
/** A choice as Gradio sends it: what the user sees, and the value the server gets. */
export type Choice = [display: string, value: ChoiceValue];

/**
 * The `choices` prop as [display, value] pairs. Accepts Gradio's pairs, one-element pairs and
 * plain values (shown as themselves); anything else gives no choices.
 */
export function normalizeChoices(raw: unknown): Choice[] {
  if (!Array.isArray(raw)) return [];
  const choices: Choice[] = [];
  for (const item of raw) {
    if (Array.isArray(item)) {
      if (item.length === 0) continue;
      const value = (item.length > 1 ? item[1] : item[0]) as ChoiceValue;
      choices.push([String(item[0] ?? ""), value]);
    } else if (item !== null && item !== undefined) {
      choices.push([String(item), item as ChoiceValue]);
    }
  }
  return choices;
}

/** The index of the choice whose value is `value`, or -1. */
export function indexOfValue(choices: Choice[], value: unknown): number {
  return choices.findIndex(([, v]) => v === value);
}

/** What to show for a value: its choice's display text, or the value itself (a custom value). */
export function displayOf(choices: Choice[], value: unknown): string {
  if (value === null || value === undefined) return "";
  const index = indexOfValue(choices, value);
  return index >= 0 ? choices[index][0] : String(value);
}

/** Lower-case, without accents: "Écolé" and "ecole" match. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * `text` folded, with where each folded code unit came from in the original, so that a match
 * in the folded text can be highlighted in the original.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const f = fold(char);
    for (let k = 0; k < f.length; k++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    folded += f;
    at += char.length;
  }
  return { folded, starts, ends };
}

/**
 * Where `query` first occurs in `text`, ignoring case and accents: [start, end) in `text`, or
 * null. An empty query matches nowhere (nothing to highlight).
 */
export function matchRange(text: string, query: string): [number, number] | null {
  const q = fold(query.trim());
  if (!q) return null;
  const { folded, starts, ends } = foldWithMap(text);
  const at = folded.indexOf(q);
  if (at < 0) return null;
  return [starts[at], ends[at + q.length - 1]];
}

/**
 * The indices of the choices whose display text contains `query` (ignoring case and accents),
 * best first: those that start with it, then those with a word that starts with it, then the
 * rest, each group in the choices' order. An empty query keeps every choice, in order.
 */
export function filterChoices(choices: Choice[], query: string): number[] {
  const q = fold(query.trim());
  if (!q) return choices.map((_, i) => i);
  const ranked: { index: number; rank: number }[] = [];
  choices.forEach(([display], index) => {
    const text = fold(display);
    const at = text.indexOf(q);
    if (at < 0) return;
    let rank = 2;
    if (at === 0) rank = 0;
    else if (wordStart(text, q)) rank = 1;
    ranked.push({ index, rank });
  });
  // Array.prototype.sort is stable: equal ranks keep the choices' order.
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.index);
}

function wordStart(text: string, q: string): boolean {
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return true;
  }
  return false;
}

/**
 * The choice typed in full: the one whose display text is exactly `text`, or failing that
 * equal to it ignoring case and accents; -1 when none is.
 */
export function findByDisplay(choices: Choice[], text: string): number {
  const exact = choices.findIndex(([display]) => display === text);
  if (exact >= 0 || !text.trim()) return exact;
  const wanted = fold(text.trim());
  return choices.findIndex(([display]) => fold(display.trim()) === wanted);
}

/**
 * The option highlighted after an arrow key: the next (`step` 1) or previous (-1) of the
 * `visible` indices, wrapping around; from nothing highlighted, the first or the last.
 */
export function moveActive(active: number | null, visible: number[], step: 1 | -1): number | null {
  if (visible.length === 0) return null;
  const at = active === null ? -1 : visible.indexOf(active);
  if (at < 0) return step === 1 ? visible[0] : visible[visible.length - 1];
  return visible[(at + step + visible.length) % visible.length];
}

/** A value of a multiselect as a chip: its display text, and its choice's index (-1 if custom). */
export interface Chip {
  value: ChoiceValue;
  display: string;
  index: number;
}

/**
 * The chips of a multiselect's value, in the value's order. Values that are not choices are
 * kept only when custom values are allowed.
 */
export function chipsOf(choices: Choice[], value: unknown, allowCustom: boolean): Chip[] {
  const values = Array.isArray(value) ? value : value === null || value === undefined || value === "" ? [] : [value];
  const chips: Chip[] = [];
  for (const v of values) {
    const index = indexOfValue(choices, v);
    if (index >= 0) chips.push({ value: v as ChoiceValue, display: choices[index][0], index });
    else if (allowCustom && v !== null && v !== undefined) chips.push({ value: v as ChoiceValue, display: String(v), index: -1 });
  }
  return chips;
}
