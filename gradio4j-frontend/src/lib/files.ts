// File values as they travel between the page and the server (Gradio's FileData dicts), and the
// small helpers the file-taking components and Dataset share: names, sizes, URLs, accepted types.

/** A file's description on the wire: `{path, url, size, orig_name, mime_type, meta}`. */
export interface FileValue {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream?: boolean;
  meta?: { _type: string };
}

/** Whether `value` has FileData's shape (a string `path` or `url`). */
export function isFileValue(value: unknown): value is FileValue {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === "string" || typeof v.url === "string";
}

/**
 * A plain FileData dict, as the server expects it back (with `meta`), without what
 * @gradio/client adds to its own objects (the uploaded blob).
 */
export function toFileValue(file: Omit<FileValue, "meta">): FileValue {
  return {
    path: file.path,
    url: file.url ?? null,
    size: file.size ?? null,
    orig_name: file.orig_name ?? null,
    mime_type: file.mime_type ?? null,
    is_stream: file.is_stream ?? false,
    meta: { _type: "gradio.FileData" },
  };
}

/** A component's value as a list of files: null is none, one file is a list of one. */
export function fileList(value: unknown): FileValue[] {
  if (value == null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter(isFileValue);
}

/** The last segment of a path or URL, without its query. */
export function baseName(path: string): string {
  const clean = path.split(/[?#]/)[0].replace(/[\\/]+$/, "");
  const name = clean.slice(Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\")) + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The name to show for a file: the name it was uploaded with, else its path's last segment. */
export function fileName(file: FileValue): string {
  if (file.orig_name) return file.orig_name;
  return baseName(file.path || file.url || "") || "file";
}

/** A name split before its extension ("report.final", ".pdf"), so the stem can be ellipsised. */
export function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return [name, ""];
  return [name.slice(0, dot), name.slice(dot)];
}

/** "512 B", "1.5 KB", "12.3 MB": a size in bytes, in binary units. */
export function prettyBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  // 1023.96 KB would round to "1024.0 KB": say "1.0 MB" instead.
  if (size.toFixed(1) === "1024.0" && unit < units.length - 1) {
    size = 1;
    unit++;
  }
  return `${size.toFixed(1)} ${units[unit]}`;
}

/**
 * Where the browser fetches a file: its `url`, else an http(s) `path`, else the server's file
 * route for its `path`.
 */
export function fileUrl(file: FileValue | null | undefined, root: string, apiPrefix = "/gradio_api"): string | null {
  if (!file) return null;
  if (file.url) return file.url;
  if (!file.path) return null;
  if (/^(https?:|data:|blob:)/i.test(file.path)) return file.path;
  const encoded = file.path.split("/").map(encodeURIComponent).join("/");
  return `${root.replace(/\/$/, "")}${apiPrefix}/file=${encoded}`;
}

/** Gradio's kinds of files, which stand for a MIME type family ("image" is "image/*"). */
const KINDS = new Set(["image", "video", "audio", "text"]);

/** One `file_types` entry as an `accept` entry: ".pdf", "image/*", "application/pdf"; "file" is anything. */
function acceptEntry(type: string): string | null {
  const t = type.trim();
  if (!t) return null;
  if (t === "file" || t === "*" || t === "file/*" || t === "*/*") return "*";
  if (t.startsWith(".") || t.includes("/")) return t.toLowerCase();
  if (KINDS.has(t.toLowerCase())) return `${t.toLowerCase()}/*`;
  return `.${t.toLowerCase()}`;
}

/** The `accept` attribute for a component's `file_types`; undefined accepts anything. */
export function acceptAttribute(types: string | readonly string[] | null | undefined): string | undefined {
  if (types == null) return undefined;
  const entries = (typeof types === "string" ? types.split(",") : types).map(acceptEntry).filter((e): e is string => e !== null);
  if (entries.length === 0 || entries.includes("*")) return undefined;
  return [...new Set(entries)].join(", ");
}

/** Whether a picked or dropped file matches `file_types` (by extension or MIME type). */
export function isAccepted(file: { name: string; type?: string }, types: string | readonly string[] | null | undefined): boolean {
  const accept = acceptAttribute(types);
  if (!accept) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type ?? "").toLowerCase();
  return accept.split(",").some((raw) => {
    const entry = raw.trim();
    if (entry.startsWith(".")) return name.length > entry.length && name.endsWith(entry);
    if (entry.endsWith("/*")) return mime.startsWith(entry.slice(0, -1));
    return mime === entry;
  });
}

/** Whether a file is an image, by MIME type or extension. */
export function isImage(file: FileValue): boolean {
  if (file.mime_type) return file.mime_type.startsWith("image/");
  return /\.(png|jpe?g|gif|webp|bmp|svg|avif|ico|tiff?)$/i.test(file.orig_name || file.path || file.url || "");
}
