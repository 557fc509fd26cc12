import { describe, expect, it } from "vitest";
import { hasContent, normaliseMultimodal, pastedTextFile } from "./multimodal";

const fileValue = { path: "/tmp/a.png", meta: { _type: "gradio.FileData" } };

describe("normaliseMultimodal", () => {
  it("reads the wire value, a bare string, and nothing", () => {
    expect(normaliseMultimodal({ text: "hi", files: [fileValue, { nope: 1 }] })).toEqual({ text: "hi", files: [fileValue] });
    expect(normaliseMultimodal("just text")).toEqual({ text: "just text", files: [] });
    expect(normaliseMultimodal(null)).toEqual({ text: "", files: [] });
    expect(normaliseMultimodal({ text: 3 })).toEqual({ text: "", files: [] });
  });
});

describe("hasContent", () => {
  it("needs text other than blanks, or a file", () => {
    expect(hasContent({ text: "  \n", files: [] })).toBe(false);
    expect(hasContent({ text: "x", files: [] })).toBe(true);
    expect(hasContent({ text: "", files: [fileValue] })).toBe(true);
  });
});

describe("pastedTextFile", () => {
  it("turns text over the limit into a text file, and leaves shorter text alone", async () => {
    expect(pastedTextFile("short", 10)).toBeNull();
    expect(pastedTextFile("x".repeat(20), null)).toBeNull();
    const file = pastedTextFile("y".repeat(11), 10)!;
    expect(file.name).toBe("pasted_text.txt");
    expect(file.type).toBe("text/plain");
    expect(await file.text()).toBe("y".repeat(11));
  });
});
