import { describe, expect, it } from "vitest";
import { fileCount, fileTypes, screenFiles } from "./upload-rules";

const named = (name: string, size: number, type = "") => new File([new Uint8Array(size)], name, { type });

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

  it("says sizes in bytes' units, as the server's limit means them (not megabits)", () => {
    const huge = { name: "huge.bin", size: 120 * 1024 * 1024 };
    expect(screenFiles([huge], { types: null, maxSize: 100 * 1024 * 1024, room: Infinity })).toEqual({
      accepted: [],
      problems: ["huge.bin is 120.0 MB; files may be at most 100.0 MB."],
    });
  });

  it("takes a file exactly at the limit", () => {
    const edge = { name: "edge.bin", size: 1024 };
    expect(screenFiles([edge], { types: null, maxSize: 1024, room: Infinity }).accepted).toEqual([edge]);
  });

  it("tells the user to remove the attached file when there is no room at all", () => {
    expect(screenFiles([named("a.txt", 1)], { types: null, maxSize: null, room: 0 }).problems).toEqual([
      "a.txt was not added: remove the attached file first.",
    ]);
  });
});

describe("fileCount and fileTypes", () => {
  it("read Gradio's file_count, one file unless told otherwise", () => {
    expect(fileCount("multiple")).toBe("multiple");
    expect(fileCount("directory")).toBe("directory");
    expect(fileCount("single")).toBe("single");
    expect(fileCount(undefined)).toBe("single");
  });
  it("read file_types as a list, a single string as a list of one, anything else as no limit", () => {
    expect(fileTypes(["image", ".pdf"])).toEqual(["image", ".pdf"]);
    expect(fileTypes(".csv")).toEqual([".csv"]);
    expect(fileTypes(null)).toBeNull();
    expect(fileTypes(3)).toBeNull();
  });
});
