import { describe, expect, it } from "vitest";
import { hasContent, normaliseMultimodal, pastedTextFile, screenFiles } from "./multimodal";

const fileValue = { path: "/tmp/a.png", meta: { _type: "gradio.FileData" } };
const named = (name: string, size: number, type = "") => new File([new Uint8Array(size)], name, { type });

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

describe("screenFiles", () => {
  it("refuses other types, oversized files and files beyond the room left, saying why", () => {
    const { accepted, problems } = screenFiles(
      [named("cat.png", 10, "image/png"), named("virus.exe", 10), named("huge.png", 3 * 1024 * 1024, "image/png"), named("dog.jpg", 5, "image/jpeg")],
      { types: ["image"], maxSize: 1024 * 1024, room: 1 },
    );
    expect(accepted.map((f) => f.name)).toEqual(["cat.png"]);
    expect(problems).toEqual([
      "virus.exe is not an accepted file type (image).",
      "huge.png is 3.0 MB; files may be at most 1.0 MB.",
      "dog.jpg was not added: one file at a time.",
    ]);
  });

  it("takes anything when there are no rules", () => {
    const files = [named("a.bin", 1), named("b.bin", 2)];
    expect(screenFiles(files, { types: null, maxSize: null, room: Infinity })).toEqual({ accepted: files, problems: [] });
  });

  it("tells the user to remove the attached file when there is no room at all", () => {
    expect(screenFiles([named("a.txt", 1)], { types: null, maxSize: null, room: 0 }).problems).toEqual([
      "a.txt was not added: remove the attached file first.",
    ]);
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
