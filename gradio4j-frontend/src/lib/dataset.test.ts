import { describe, expect, it } from "vitest";
import { columnHeaders, columnType, describeSample, htmlToText, isGallery, markdownToText } from "./dataset";

const root = "http://h";
const file = (name: string, mime?: string) => ({ path: `/tmp/${name}`, url: `http://h/gradio_api/file=/tmp/${name}`, orig_name: name, mime_type: mime ?? null, meta: { _type: "gradio.FileData" } });

describe("columns", () => {
  it("reads both column formats", () => {
    expect(columnType("Textbox")).toBe("textbox");
    expect(columnType({ name: "image", class_id: "x" })).toBe("image");
    expect(columnType(null)).toBe("");
  });
  it("shows one column as a gallery, several as a table", () => {
    expect(isGallery(1, null, false)).toBe(true);
    expect(isGallery(2, null, false)).toBe(false);
    expect(isGallery(2, "gallery", false)).toBe(false);
    expect(isGallery(2, null, true)).toBe(true);
    expect(isGallery(1, "table", false)).toBe(false);
  });
  it("chooses headers: given, else labels, else none", () => {
    expect(columnHeaders(["A", "B"], 2, ["x", "y"])).toEqual(["A", "B"]);
    expect(columnHeaders([], 2, ["x", null])).toEqual(["x", ""]);
    expect(columnHeaders([], 2, [])).toEqual([]);
    expect(columnHeaders(["", ""], 2, [null, null])).toEqual([]);
    expect(columnHeaders(["A"], 3)).toEqual(["A", "", ""]);
  });
});

describe("describeSample", () => {
  it("shows a message with attachments: its text, the first image as a thumbnail, other files by name", () => {
    const value = { text: "What does it say?", files: [file("notes.pdf", "application/pdf"), file("scan.png", "image/png")] };
    expect(describeSample("multimodaltextbox", value, root)).toEqual({
      kind: "message", text: "What does it say?", image: { url: "http://h/gradio_api/file=/tmp/scan.png", name: "scan.png" }, files: ["notes.pdf"],
    });
    expect(describeSample("multimodaltextbox", "plain", root)).toEqual({ kind: "message", text: "plain", image: null, files: [] });
    expect(describeSample("multimodaltextbox", { text: "", files: [] }, root)).toEqual({ kind: "empty" });
  });
  it("shows text and numbers", () => {
    expect(describeSample("textbox", "hello", root)).toEqual({ kind: "text", text: "hello" });
    expect(describeSample("number", 1234.5, root)).toEqual({ kind: "text", text: (1234.5).toLocaleString(undefined, { maximumFractionDigits: 20 }) });
    expect(describeSample("textbox", null, root)).toEqual({ kind: "empty" });
    expect(describeSample("textbox", "", root)).toEqual({ kind: "empty" });
  });
  it("shows checkboxes and choices", () => {
    expect(describeSample("checkbox", true, root)).toEqual({ kind: "text", text: "✓" });
    expect(describeSample("checkbox", false, root)).toEqual({ kind: "text", text: "✗" });
    expect(describeSample("checkboxgroup", ["a", "b"], root)).toEqual({ kind: "text", text: "a, b" });
    expect(describeSample("dropdown", "v", root, "/gradio_api", { choices: [["Shown", "v"]] })).toEqual({ kind: "text", text: "Shown" });
  });
  it("shows images as thumbnails and files by name", () => {
    expect(describeSample("image", file("cat.png", "image/png"), root)).toEqual({ kind: "image", url: "http://h/gradio_api/file=/tmp/cat.png", name: "cat.png" });
    expect(describeSample("image", { path: "/tmp/dog.jpg" }, root)).toEqual({ kind: "image", url: "http://h/gradio_api/file=/tmp/dog.jpg", name: "dog.jpg" });
    expect(describeSample("file", [file("a.pdf"), file("b.txt")], root)).toEqual({ kind: "files", names: ["a.pdf", "b.txt"] });
    expect(describeSample("file", file("pic.png", "image/png"), root)).toEqual({ kind: "files", names: ["pic.png"] });
  });
  it("reduces markup to text", () => {
    expect(describeSample("html", "<b>bold</b> <i>move</i>", root)).toEqual({ kind: "text", text: "bold move" });
    expect(describeSample("markdown", "# Title\n**bold** and [link](http://x)", root)).toEqual({ kind: "text", text: "Title bold and link" });
  });
  it("shows other values as JSON", () => {
    expect(describeSample("json", { a: 1 }, root)).toEqual({ kind: "text", text: '{"a":1}' });
    expect(describeSample("label", { label: "cat", confidences: [] }, root)).toEqual({ kind: "text", text: "cat" });
  });
});

describe("markup", () => {
  it("strips tags without running anything", () => {
    expect(htmlToText("<img src=x onerror=alert(1)>hi <script>x</script>")).toBe("hi x");
  });
  it("strips markdown syntax", () => {
    expect(markdownToText("```js\ncode\n```")).toBe("code");
    expect(markdownToText("- item _one_\n- `two`")).toBe("item one two");
  });
});
