import { describe, expect, it } from "vitest";
import { formatConfidence, labelView } from "./label";

describe("labelView", () => {
  const value = {
    label: "cat",
    confidences: [
      { label: "dog", confidence: 0.2 },
      { label: "cat", confidence: 0.7 },
      { label: "bird", confidence: 0.1 },
    ],
  };

  it("sorts the confidences, most confident first", () => {
    const view = labelView(value);
    expect(view.heading).toBe("cat");
    expect(view.confidences!.map((c) => c.label)).toEqual(["cat", "dog", "bird"]);
  });
  it("keeps the top classes only when asked", () => {
    expect(labelView(value, 2).confidences!.map((c) => c.label)).toEqual(["cat", "dog"]);
    expect(labelView(value, null).confidences).toHaveLength(3);
  });
  it("keeps the order of ties", () => {
    const ties = { confidences: [{ label: "a", confidence: 0.5 }, { label: "b", confidence: 0.5 }] };
    expect(labelView(ties).confidences!.map((c) => c.label)).toEqual(["a", "b"]);
  });
  it("heads with the most confident class when the label is missing", () => {
    expect(labelView({ confidences: value.confidences }).heading).toBe("cat");
  });
  it("shows a plain string or number as the heading alone", () => {
    expect(labelView("hello")).toEqual({ heading: "hello", confidences: null });
    expect(labelView(7)).toEqual({ heading: "7", confidences: null });
    expect(labelView({ label: "only" })).toEqual({ heading: "only", confidences: null });
  });
  it("shows nothing for an empty value", () => {
    expect(labelView(null)).toEqual({ heading: null, confidences: null });
    expect(labelView({})).toEqual({ heading: null, confidences: null });
    expect(labelView("")).toEqual({ heading: null, confidences: null });
  });
  it("skips malformed entries and clamps confidences to 0..1", () => {
    const view = labelView({ confidences: [null, { confidence: 1 }, { label: 3, confidence: 1.7 }, { label: "x", confidence: "?" }] });
    expect(view.confidences).toEqual([
      { label: "3", confidence: 1 },
      { label: "x", confidence: 0 },
    ]);
  });
});

describe("formatConfidence", () => {
  it("rounds to whole percentages", () => {
    expect(formatConfidence(0.8734)).toBe("87%");
    expect(formatConfidence(1)).toBe("100%");
    expect(formatConfidence(0)).toBe("0%");
    expect(formatConfidence(0.001)).toBe("<1%");
  });
});
