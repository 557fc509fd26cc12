// HighlightedText's value as the page draws it: Gradio's [{token, class_or_confidence}] list,
// each token with its category or score, and the colour that stands for it.

/** One span of the text as drawn: its text, its category or score, and its background colour. */
export interface SpanView {
  text: string;
  category: string | null;
  score: number | null;
  background: string | null;
}

/** The page's colours for categories the app gave none, in order of first appearance. */
const PALETTE = ["#fca5a5", "#fdba74", "#fde047", "#86efac", "#93c5fd", "#c4b5fd", "#f9a8d4", "#5eead4"];

/**
 * A score's colour: red for a positive score (it raised the prediction), blue for a negative
 * one, the more opaque the larger; scores are clamped to -1..1.
 */
export function scoreColor(score: number): string {
  const s = Math.max(-1, Math.min(1, score));
  return s >= 0 ? `rgba(239, 68, 68, ${s.toFixed(3)})` : `rgba(59, 130, 246, ${(-s).toFixed(3)})`;
}

/** The spans of a value (malformed entries skipped) and each category's colour. */
export function highlightView(value: unknown, colorMap?: Record<string, string> | null): { spans: SpanView[]; legend: [string, string][] } {
  const colors = new Map<string, string>(Object.entries(colorMap ?? {}));
  const legend = new Map<string, string>();
  const spans: SpanView[] = [];
  for (const item of Array.isArray(value) ? value : []) {
    if (!item || typeof item.token !== "string") continue;
    const mark = item.class_or_confidence;
    if (typeof mark === "number" && Number.isFinite(mark)) {
      spans.push({ text: item.token, category: null, score: mark, background: scoreColor(mark) });
    } else if (typeof mark === "string") {
      if (!colors.has(mark)) colors.set(mark, PALETTE[colors.size % PALETTE.length]);
      legend.set(mark, colors.get(mark)!);
      spans.push({ text: item.token, category: mark, score: null, background: colors.get(mark)! });
    } else {
      spans.push({ text: item.token, category: null, score: null, background: null });
    }
  }
  return { spans, legend: [...legend] };
}
