import { describe, expect, it } from "vitest";
import {
  acceptAttribute, baseName, fileList, fileName, fileUrl, isAccepted, isFileValue, isImage, prettyBytes, splitName, toFileValue,
} from "./files";

describe("prettyBytes", () => {
  it("shows bytes without decimals", () => {
    expect(prettyBytes(0)).toBe("0 B");
    expect(prettyBytes(512)).toBe("512 B");
    expect(prettyBytes(1023)).toBe("1023 B");
  });
  it("uses binary units with one decimal", () => {
    expect(prettyBytes(1024)).toBe("1.0 KB");
    expect(prettyBytes(1536)).toBe("1.5 KB");
    expect(prettyBytes(5 * 1024 * 1024)).toBe("5.0 MB");
    expect(prettyBytes(3.25 * 1024 ** 3)).toBe("3.3 GB");
  });
  it("moves up a unit rather than show 1024.0", () => {
    expect(prettyBytes(1024 * 1024 - 1)).toBe("1.0 MB");
  });
  it("answers nothing for sizes that are not sizes", () => {
    expect(prettyBytes(-1)).toBe("");
    expect(prettyBytes(NaN)).toBe("");
  });
});

describe("names", () => {
  it("prefers the uploaded name", () => {
    expect(fileName({ path: "/tmp/gradio/abc/x.pdf", orig_name: "Report.pdf" })).toBe("Report.pdf");
  });
  it("falls back to the path's last segment, decoded", () => {
    expect(fileName({ path: "/tmp/gradio/abc/my%20file.txt" })).toBe("my file.txt");
    expect(fileName({ path: "C:\\files\\a.csv" })).toBe("a.csv");
    expect(baseName("https://host/a/b/c.png?x=1#y")).toBe("c.png");
  });
  it("splits the extension off for ellipsis", () => {
    expect(splitName("archive.tar.gz")).toEqual(["archive.tar", ".gz"]);
    expect(splitName("README")).toEqual(["README", ""]);
    expect(splitName(".bashrc")).toEqual([".bashrc", ""]);
    expect(splitName("trailing.")).toEqual(["trailing.", ""]);
  });
});

describe("values", () => {
  it("recognises FileData dicts", () => {
    expect(isFileValue({ path: "a" })).toBe(true);
    expect(isFileValue({ url: "http://x/a" })).toBe(true);
    expect(isFileValue("a")).toBe(false);
    expect(isFileValue(null)).toBe(false);
    expect(isFileValue([{ path: "a" }])).toBe(false);
  });
  it("lists single, multiple and no files", () => {
    expect(fileList(null)).toEqual([]);
    expect(fileList({ path: "a" })).toEqual([{ path: "a" }]);
    expect(fileList([{ path: "a" }, null, { path: "b" }])).toEqual([{ path: "a" }, { path: "b" }]);
  });
  it("makes plain FileData dicts with meta and without the blob", () => {
    const uploaded = { path: "/tmp/x.png", url: "http://h/file=/tmp/x.png", size: 3, orig_name: "x.png", mime_type: "image/png", blob: new Blob(["abc"]) };
    expect(toFileValue(uploaded)).toEqual({
      path: "/tmp/x.png", url: "http://h/file=/tmp/x.png", size: 3, orig_name: "x.png", mime_type: "image/png", is_stream: false,
      meta: { _type: "gradio.FileData" },
    });
  });
  it("finds where to fetch a file", () => {
    expect(fileUrl({ path: "/p", url: "http://h/u" }, "http://h")).toBe("http://h/u");
    expect(fileUrl({ path: "https://cdn/x.png" }, "http://h")).toBe("https://cdn/x.png");
    expect(fileUrl({ path: "/tmp/a b.png" }, "http://h/", "/gradio_api")).toBe("http://h/gradio_api/file=/tmp/a%20b.png");
    expect(fileUrl(null, "http://h")).toBeNull();
  });
  it("tells images by MIME type or extension", () => {
    expect(isImage({ path: "x", mime_type: "image/webp" })).toBe(true);
    expect(isImage({ path: "x.JPG" })).toBe(true);
    expect(isImage({ path: "x.pdf" })).toBe(false);
    expect(isImage({ path: "x.png", mime_type: "application/octet-stream" })).toBe(false);
  });
});

describe("accepted types", () => {
  it("builds the accept attribute from Gradio's file_types", () => {
    expect(acceptAttribute(null)).toBeUndefined();
    expect(acceptAttribute([])).toBeUndefined();
    expect(acceptAttribute([".pdf", "image", "text", "csv", "application/json"])).toBe(".pdf, image/*, text/*, .csv, application/json");
    expect(acceptAttribute(["file"])).toBeUndefined();
    expect(acceptAttribute("image/*")).toBe("image/*");
    expect(acceptAttribute([".PDF", ".pdf"])).toBe(".pdf");
  });
  it("checks dropped files against them", () => {
    const types = [".pdf", "image"];
    expect(isAccepted({ name: "a.PDF", type: "" }, types)).toBe(true);
    expect(isAccepted({ name: "photo", type: "image/png" }, types)).toBe(true);
    expect(isAccepted({ name: "notes.txt", type: "text/plain" }, types)).toBe(false);
    expect(isAccepted({ name: ".pdf", type: "" }, types)).toBe(false);
    expect(isAccepted({ name: "x.bin", type: "" }, null)).toBe(true);
    expect(isAccepted({ name: "x.json", type: "application/json" }, ["application/json"])).toBe(true);
  });
});
