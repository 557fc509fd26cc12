// The Label component's value, as it shows it: a heading and the classes' confidences, sorted.

export interface Confidence {
  label: string;
  /** 0 to 1. */
  confidence: number;
}

export interface LabelView {
  /** The big label at the top; null when there is nothing to show. */
  heading: string | null;
  /** The classes, most confident first; null for a value with no confidences (a plain label). */
  confidences: Confidence[] | null;
}

/**
 * What a Label shows for its value: Gradio's `{label, confidences: [{label, confidence}]}`, or a
 * plain string (or number), which is just the heading. Confidences are sorted, most confident
 * first (ties keep their order), and cut to `numTopClasses` when given. Without a `label`, the
 * heading is the most confident class.
 */
export function labelView(value: unknown, numTopClasses?: number | null): LabelView {
  if (typeof value === "string" || typeof value === "number") {
    const heading = String(value);
    return { heading: heading === "" ? null : heading, confidences: null };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { heading: null, confidences: null };
  const object = value as Record<string, unknown>;
  let confidences: Confidence[] | null = null;
  if (Array.isArray(object.confidences)) {
    confidences = object.confidences
      .filter((c): c is Record<string, unknown> => c !== null && typeof c === "object")
      .filter((c) => c.label !== null && c.label !== undefined)
      .map((c) => ({ label: String(c.label), confidence: toConfidence(c.confidence) }))
      .sort((a, b) => b.confidence - a.confidence);
    if (numTopClasses !== null && numTopClasses !== undefined && numTopClasses >= 0) {
      confidences = confidences.slice(0, numTopClasses);
    }
  }
  const label = object.label;
  const heading = label !== null && label !== undefined && label !== "" ? String(label) : (confidences?.[0]?.label ?? null);
  return { heading, confidences };
}

function toConfidence(raw: unknown): number {
  const n = typeof raw === "number" ? raw : Number(raw);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** A confidence as a percentage: 0.8734 gives "87%"; below 1% but not zero, "<1%". */
export function formatConfidence(confidence: number): string {
  if (confidence > 0 && confidence < 0.005) return "<1%";
  return `${Math.round(confidence * 100)}%`;
}
