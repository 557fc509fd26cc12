// How the Dataset (the Examples table) shows a sample's values: as short text, an image
// thumbnail or file names, by the type of the component each column belongs to.
import { fileList, fileName, fileUrl, isFileValue, isImage } from "./files";

/** One cell of a sample, ready to render. */
export type SampleCell =
  | { kind: "text"; text: string }
  | { kind: "image"; url: string; name: string }
  | { kind: "files"; names: string[] }
  | { kind: "message"; text: string; image: { url: string; name: string } | null; files: string[] }
  | { kind: "empty" };

/** A column's component type: the config sends names ("textbox") or Gradio's `{name, class_id}`. */
export function columnType(entry: unknown): string {
  if (typeof entry === "string") return entry.toLowerCase();
  if (entry && typeof entry === "object" && typeof (entry as { name?: unknown }).name === "string") {
    return (entry as { name: string }).name.toLowerCase();
  }
  return "";
}

/** Gradio's layout rule: a gallery of chips for one column (or labelled samples), else a table. */
export function isGallery(columns: number, layout: unknown, hasSampleLabels: boolean): boolean {
  if (layout === "table") return false;
  return columns < 2 || hasSampleLabels;
}

/** The text of some HTML, without its tags. */
export function htmlToText(html: string): string {
  if (typeof DOMParser !== "undefined") {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return (doc.body.textContent ?? "").replace(/\s+/g, " ").trim();
  }
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

/** Markdown reduced to its words: no heading marks, emphasis, code fences or link targets. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__|\*|_|~~|`)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** A choice's display name, when the column's choices are `[display, value]` pairs. */
function choiceName(value: unknown, choices: unknown): string {
  if (Array.isArray(choices)) {
    for (const choice of choices) {
      if (Array.isArray(choice) && choice.length >= 2 && choice[1] === value) return String(choice[0]);
    }
  }
  return String(value);
}

function plain(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * How a sample value of a column of component `type` shows. `props` are the column component's
 * props when the config gives them (choices, for display names).
 */
export function describeSample(
  type: string,
  value: unknown,
  root: string,
  apiPrefix = "/gradio_api",
  props: Record<string, unknown> | null = null,
): SampleCell {
  if (value == null || value === "") return { kind: "empty" };
  if (type === "multimodaltextbox") return messageSample(value, root, apiPrefix);
  const files = fileList(value);
  if (type === "image" || (files.length > 0 && type !== "file" && files.every(isImage))) {
    const first = files[0];
    const url = first ? fileUrl(first, root, apiPrefix) : typeof value === "string" ? value : null;
    if (url) return { kind: "image", url, name: first ? fileName(first) : "" };
  }
  if (files.length > 0 || type === "file") {
    if (files.length > 0) return { kind: "files", names: files.map(fileName) };
  }
  switch (type) {
    case "checkbox":
      return { kind: "text", text: value === true || value === "true" ? "✓" : "✗" };
    case "checkboxgroup":
    case "dropdown":
    case "radio": {
      const items = Array.isArray(value) ? value : [value];
      return { kind: "text", text: items.map((v) => choiceName(v, props?.choices)).join(", ") };
    }
    case "html":
      return { kind: "text", text: htmlToText(plain(value)) };
    case "markdown":
      return { kind: "text", text: markdownToText(plain(value)) };
    case "number":
    case "slider":
      return { kind: "text", text: typeof value === "number" ? value.toLocaleString(undefined, { maximumFractionDigits: 20 }) : plain(value) };
    case "label": {
      if (typeof value === "object" && value !== null && "label" in value) {
        return { kind: "text", text: plain((value as { label: unknown }).label) };
      }
      return { kind: "text", text: plain(value) };
    }
    default:
      if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
        return { kind: "text", text: value.map(plain).join(", ") };
      }
      if (isFileValue(value)) return { kind: "files", names: [fileName(value)] };
      return { kind: "text", text: plain(value) };
  }
}

/** A MultimodalTextbox sample: its text, the first image as a thumbnail, other files by name. */
function messageSample(value: unknown, root: string, apiPrefix: string): SampleCell {
  const message = typeof value === "string" ? { text: value, files: [] } : (value as { text?: unknown; files?: unknown });
  const files = fileList(message.files);
  const picture = files.find(isImage);
  const url = picture ? fileUrl(picture, root, apiPrefix) : null;
  const text = typeof message.text === "string" ? message.text : "";
  if (text === "" && files.length === 0) return { kind: "empty" };
  return {
    kind: "message",
    text,
    image: picture && url ? { url, name: fileName(picture) } : null,
    files: files.filter((f) => f !== picture).map(fileName),
  };
}

/**
 * The column headers to show: the given ones, else the labels of the components the samples
 * fill (Gradio's default), else none. Empty when no column has a header.
 */
export function columnHeaders(headers: unknown, columns: number, labels: (string | null | undefined)[] = []): string[] {
  const given = Array.isArray(headers) ? headers.map((h) => (h == null ? "" : String(h))) : [];
  const chosen = given.some((h) => h) ? given : labels.map((l) => l ?? "");
  if (!chosen.some((h) => h)) return [];
  return Array.from({ length: columns }, (_, i) => chosen[i] ?? "");
}
