// The copy-paste code of the "Use via API" panel: how to call one endpoint from the Java client,
// the Python and JavaScript clients, and curl, with each parameter's example value written as a
// literal of that language. Pure functions of the endpoint description: no DOM, no fetching.
//
// Files: a gradio4j server refuses file inputs given as URLs (it fetches nothing), so the
// snippets send a local file, which each client uploads first: `Path.of(...)` in Java,
// `handle_file(...)` in Python and JavaScript (Node reads and uploads a local path), and a
// `POST .../upload` step in curl.
import type { Endpoint, EndpointParameter } from "./info";
import { normalizePrefix } from "./info";

export type Language = "java" | "python" | "javascript" | "bash";

/** The gradio4j release whose Maven coordinates the Java install step shows: the build's own. */
export const GRADIO4J_VERSION: string = __GRADIO4J_VERSION__;

/** A block of code, and the language it is written in (for highlighting). */
export interface Code {
  /** What the block is, when a language shows more than one (`Maven`, `Gradle`). */
  title?: string;
  code: string;
  /** A Prism language name. */
  syntax: string;
}

export interface LanguageInfo {
  id: Language;
  label: string;
  /** How to get the client. */
  install: Code[];
  /** The syntax of the call snippets. */
  syntax: string;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  {
    id: "java",
    label: "Java",
    syntax: "java",
    install: [
      {
        title: "Maven",
        syntax: "xml",
        code: [
          "<dependency>",
          "  <groupId>dev.gradio4j</groupId>",
          "  <artifactId>gradio4j-client</artifactId>",
          `  <version>${GRADIO4J_VERSION}</version>`,
          "</dependency>",
        ].join("\n"),
      },
      { title: "Gradle", syntax: "kotlin", code: `implementation("dev.gradio4j:gradio4j-client:${GRADIO4J_VERSION}")` },
    ],
  },
  { id: "python", label: "Python", syntax: "python", install: [{ syntax: "bash", code: "pip install gradio_client" }] },
  { id: "javascript", label: "JavaScript", syntax: "javascript", install: [{ syntax: "bash", code: "npm i @gradio/client" }] },
  { id: "bash", label: "cURL", syntax: "bash", install: [{ syntax: "bash", code: "curl --version" }] },
];

/** Where the app lives, as the snippets address it. */
export interface Target {
  /** The app's absolute base URL (`config.root`), with or without a trailing slash. */
  root: string;
  /** The API's path prefix (`config.api_prefix`, `/gradio_api`). */
  apiPrefix: string;
}

// ---------------------------------------------------------------------------------------------
// Files

/** A FileData value (Gradio's description of a file): what `example_input` holds for files. */
export function isFileData(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const meta = record.meta as Record<string, unknown> | null | undefined;
  return (
    meta !== null && typeof meta === "object" && meta._type === "gradio.FileData" &&
    (typeof record.path === "string" || typeof record.url === "string")
  );
}

/** Whether a value holds a file anywhere inside it. */
export function hasFile(value: unknown): boolean {
  if (isFileData(value)) return true;
  if (Array.isArray(value)) return value.some(hasFile);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasFile);
  return false;
}

/** Whether an endpoint takes a file in any parameter. */
export function takesFiles(endpoint: Endpoint): boolean {
  return endpoint.parameters.some((p) => hasFile(p.example));
}

/**
 * The local path a snippet sends for an example file: `path/to/` and the example's file name
 * (`bus.png`), reduced to characters that need no quoting anywhere.
 */
export function localPath(file: Record<string, unknown>): string {
  const source = [file.orig_name, file.url, file.path].find((v): v is string => typeof v === "string" && v !== "") ?? "";
  let name = source.replace(/[?#].*$/, "").split(/[/\\]/).pop() ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep it as it is.
  }
  name = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return `path/to/${name || "file"}`;
}

// ---------------------------------------------------------------------------------------------
// Literals

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, "0");
}

/**
 * Walks `text` by UTF-16 code unit and writes each through `escape`, which answers the escape for
 * a unit, or null to keep it. Lone surrogates (possible in JSON) are flagged with `lone`.
 */
function escapeUnits(text: string, escape: (unit: number, lone: boolean) => string | null): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
        continue;
      }
    }
    const lone = unit >= 0xd800 && unit <= 0xdfff;
    out += escape(unit, lone) ?? text[i];
  }
  return out;
}

const COMMON_ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: "\\\\", 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

/** A Java string literal. Unicode stays as it is (Java sources are UTF-8). */
export function javaString(text: string): string {
  const body = escapeUnits(text, (unit, lone) => {
    if (COMMON_ESCAPES[unit]) return COMMON_ESCAPES[unit];
    if (unit === 0x08) return "\\b";
    if (unit === 0x0c) return "\\f";
    // \u escapes are safe here: LF, CR, quote and backslash never reach this line.
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029 || lone) return `\\u${hex(unit, 4)}`;
    return null;
  });
  return `"${body}"`;
}

/** A Python string literal (double quotes). */
export function pythonString(text: string): string {
  const body = escapeUnits(text, (unit, lone) => {
    if (COMMON_ESCAPES[unit]) return COMMON_ESCAPES[unit];
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return `\\x${hex(unit, 2).toLowerCase()}`;
    if (unit === 0x2028 || unit === 0x2029 || lone) return `\\u${hex(unit, 4).toLowerCase()}`;
    return null;
  });
  return `"${body}"`;
}

/** A JavaScript string literal (double quotes); also valid JSON. */
export function jsString(text: string): string {
  // JSON.stringify escapes quotes, backslashes, control characters and lone surrogates.
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** A word for a POSIX shell: as it is when it is plainly safe, else single-quoted. */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function numberLiteral(value: number, language: "python" | "javascript" | "json"): string {
  if (!Number.isFinite(value)) return language === "python" ? "None" : "null";
  return String(value);
}

/** A Java number: an int, a long (`L`) past int range, or a double. */
function javaNumber(value: number): string {
  if (!Number.isFinite(value)) return "null";
  const text = String(value);
  if (Number.isInteger(value) && Math.abs(value) < 9.2e18 && !/e/i.test(text)) {
    return value >= -2147483648 && value <= 2147483647 ? text : `${text}L`;
  }
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

const JS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PYTHON_KEYWORDS = new Set(
  ("False None True and as assert async await break class continue def del elif else except finally for from " +
    "global if import in is lambda nonlocal not or pass raise return try while with yield").split(" "),
);

/** Whether `name` can be a Python keyword argument. */
export function isPythonIdentifier(name: string): boolean {
  return PYTHON_IDENTIFIER.test(name) && !PYTHON_KEYWORDS.has(name);
}

/** Text safe inside a one-line comment of any of the languages. */
function commentText(text: string): string {
  return text.replace(/[^A-Za-z0-9_ .:-]+/g, " ").trim();
}

/** A value as a Python literal; files become `handle_file("path/to/...")`. */
export function toPython(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return numberLiteral(value, "python");
  if (typeof value === "string") return pythonString(value);
  if (isFileData(value)) return `handle_file(${pythonString(localPath(value))})`;
  if (Array.isArray(value)) return `[${value.map(toPython).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${pythonString(k)}: ${toPython(v)}`).join(", ")}}`;
  }
  return pythonString(String(value));
}

/** A value as a JavaScript literal; files become `handle_file("path/to/...")`. */
export function toJavaScript(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return numberLiteral(value, "javascript");
  if (typeof value === "string") return jsString(value);
  if (isFileData(value)) return `handle_file(${jsString(localPath(value))})`;
  if (Array.isArray(value)) return `[${value.map(toJavaScript).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${jsKey(k)}: ${toJavaScript(v)}`).join(", ")} }`;
  }
  return jsString(String(value));
}

function jsKey(key: string): string {
  return JS_IDENTIFIER.test(key) ? key : jsString(key);
}

/**
 * A value as a Java expression: `List.of`, `Map.of`, `Path.of` for files. Adds the imports the
 * expression needs to `imports`. `List.of` and `Map.of` refuse nulls, so a list holding null is
 * an `Arrays.asList`, and a map leaves out its null entries (the server reads a missing key as
 * null).
 */
export function toJava(value: unknown, imports: Set<string> = new Set()): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return javaNumber(value);
  if (typeof value === "string") return javaString(value);
  if (isFileData(value)) {
    imports.add("java.nio.file.Path");
    return `Path.of(${javaString(localPath(value))})`;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => toJava(v, imports));
    if (value.some((v) => v === null || v === undefined)) {
      imports.add("java.util.Arrays");
      return `Arrays.asList(${items.join(", ")})`;
    }
    imports.add("java.util.List");
    return `List.of(${items.join(", ")})`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    imports.add("java.util.Map");
    if (entries.length <= 10) {
      return `Map.of(${entries.map(([k, v]) => `${javaString(k)}, ${toJava(v, imports)}`).join(", ")})`;
    }
    return `Map.ofEntries(${entries.map(([k, v]) => `Map.entry(${javaString(k)}, ${toJava(v, imports)})`).join(", ")})`;
  }
  return javaString(String(value));
}

/** JSON with a space after `,` and `:`, as Python's `json.dumps` writes it. */
export function toJson(value: unknown): string {
  // A file shows as the local path to upload (a plain word: nothing to escape).
  return jsonParts(value, localPath).map((p) => (typeof p === "string" ? p : p.variable)).join("");
}

/** A file placeholder inside curl's JSON: the shell variable that holds the uploaded path. */
interface FileSlot {
  variable: string;
}

/**
 * JSON text in pieces: literal text, and the places where an uploaded file's server path goes.
 * `slot` names the shell variable of each file met, in order.
 */
function jsonParts(value: unknown, slot: (file: Record<string, unknown>) => string): (string | FileSlot)[] {
  const parts: (string | FileSlot)[] = [];
  const write = (v: unknown): void => {
    if (v === null || v === undefined) parts.push("null");
    else if (typeof v === "boolean") parts.push(String(v));
    else if (typeof v === "number") parts.push(numberLiteral(v, "json"));
    else if (typeof v === "string") parts.push(JSON.stringify(v));
    else if (isFileData(v)) {
      parts.push('{"path": "', { variable: slot(v) }, '", "meta": {"_type": "gradio.FileData"}}');
    } else if (Array.isArray(v)) {
      parts.push("[");
      v.forEach((item, i) => {
        if (i > 0) parts.push(", ");
        write(item);
      });
      parts.push("]");
    } else if (typeof v === "object") {
      parts.push("{");
      Object.entries(v as Record<string, unknown>).forEach(([k, item], i) => {
        if (i > 0) parts.push(", ");
        parts.push(`${JSON.stringify(k)}: `);
        write(item);
      });
      parts.push("}");
    } else parts.push(JSON.stringify(String(v)));
  };
  write(value);
  return parts;
}

/** A value in the notation of `language`, for showing defaults. */
export function formatValue(language: Language, value: unknown): string {
  switch (language) {
    case "java":
      return toJava(value);
    case "python":
      return toPython(value);
    case "javascript":
      return toJavaScript(value);
    case "bash":
      return toJson(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Snippets

function base(root: string): string {
  return root.replace(/\/+$/, "");
}

/** Lines of code with a trailing comment each, the comments lined up unless a line is long. */
function alignComments(rows: [code: string, comment: string][], indent: string, marker: string): string[] {
  const width = Math.max(...rows.map(([code]) => code.length));
  return rows.map(([code, comment]) => {
    if (!comment) return indent + code;
    const gap = width <= 48 ? " ".repeat(width - code.length + 2) : "  ";
    return `${indent}${code}${gap}${marker} ${comment}`;
  });
}

/** The Java client: positional arguments, in the endpoint's order. */
export function javaSnippet(endpoint: Endpoint, target: Target): string {
  const imports = new Set<string>();
  const args = endpoint.parameters.map((p) => toJava(p.example, imports));
  const name = javaString(endpoint.name);
  let call: string[];
  const oneLine = `var result = client.predict(${[name, ...args].join(", ")});`;
  if (args.length === 0 || (args.length === 1 && oneLine.length <= 100)) {
    call = [oneLine];
  } else {
    const rows: [string, string][] = args.map((arg, i) => [
      arg + (i === args.length - 1 ? ");" : ","),
      commentText(endpoint.parameters[i].name),
    ]);
    call = [`var result = client.predict(${name},`, ...alignComments(rows, "        ", "//")];
  }
  const importLines = ["dev.gradio4j.client.Client", ...[...imports].sort()].map((i) => `import ${i};`);
  return [
    ...importLines,
    "",
    `var client = Client.connect(${javaString(base(target.root))});`,
    ...call,
    "System.out.println(result);",
  ].join("\n");
}

/** The Python client: keyword arguments, or positional ones if some name cannot be a keyword. */
export function pythonSnippet(endpoint: Endpoint, target: Target): string {
  const files = takesFiles(endpoint);
  const keywords = endpoint.parameters.every((p) => isPythonIdentifier(p.name));
  const lines = [`from gradio_client import Client${files ? ", handle_file" : ""}`, "", `client = Client(${pythonString(base(target.root))})`];
  const apiName = `api_name=${pythonString(endpoint.name)}`;
  if (endpoint.parameters.length === 0) {
    lines.push(`result = client.predict(${apiName})`);
  } else {
    lines.push("result = client.predict(");
    if (keywords) {
      for (const p of endpoint.parameters) lines.push(`    ${p.name}=${toPython(p.example)},`);
    } else {
      const rows: [string, string][] = endpoint.parameters.map((p) => [`${toPython(p.example)},`, commentText(p.name)]);
      lines.push(...alignComments(rows, "    ", "#"));
    }
    lines.push(`    ${apiName},`, ")");
  }
  lines.push("print(result)");
  return lines.join("\n");
}

/** The JavaScript client: a data object keyed by parameter name. */
export function javascriptSnippet(endpoint: Endpoint, target: Target): string {
  const files = takesFiles(endpoint);
  const lines = [
    `import { Client${files ? ", handle_file" : ""} } from "@gradio/client";`,
    "",
    `const client = await Client.connect(${jsString(base(target.root))});`,
  ];
  const name = jsString(endpoint.name);
  if (endpoint.parameters.length === 0) {
    lines.push(`const result = await client.predict(${name});`);
  } else {
    lines.push(`const result = await client.predict(${name}, {`);
    for (const p of endpoint.parameters) lines.push(`  ${jsKey(p.name)}: ${toJavaScript(p.example)},`);
    lines.push("});");
  }
  lines.push("", "console.log(result.data);");
  return lines.join("\n");
}

/**
 * curl, in Gradio's two steps: `POST .../call/{name}` with `{"data": [...]}` answers an event id,
 * then `GET .../call/{name}/$EVENT_ID` streams the result. Files are uploaded first.
 */
export function curlSnippet(endpoint: Endpoint, target: Target): string {
  const api = `${base(target.root)}${normalizePrefix(target.apiPrefix)}`;
  const encoded = encodeURIComponent(endpoint.name.replace(/^\//, ""));
  const callUrl = `${api}/call/${encoded}`;
  const fileCount = endpoint.parameters.reduce((n, p) => n + countFiles(p.example), 0);
  const uploads: string[] = [];
  const slot = (file: Record<string, unknown>): string => {
    const variable = fileCount === 1 ? "FILE_PATH" : `FILE_PATH_${uploads.length + 1}`;
    uploads.push(
      `${variable}=$(curl -s -X POST ${shellQuote(`${api}/upload`)} -F ${shellQuote(`files=@${localPath(file)}`)} \\\n` +
        `  | sed 's/^\\["\\(.*\\)"\\]$/\\1/')`,
    );
    return variable;
  };
  const parts = jsonParts(endpoint.parameters.map((p) => p.example), slot);
  const body = `'{"data": ${parts.map((p) => (typeof p === "string" ? p.replace(/'/g, `'\\''`) : `'"$${p.variable}"'`)).join("")}}'`;
  const lines: string[] = [];
  if (uploads.length > 0) {
    lines.push(`# Upload the file${uploads.length === 1 ? "" : "s"}: the server answers ["<server path>"]`, ...uploads, "");
  }
  lines.push(
    '# Send the inputs: the server answers {"event_id": "..."}',
    `EVENT_ID=$(curl -s -X POST ${shellQuote(callUrl)} \\`,
    '  -H "Content-Type: application/json" \\',
    `  -d ${body} \\`,
    `  | awk -F'"' '{ print $4 }')`,
    "",
    "# Stream the result: event: generating / complete / error, each with its data",
    `curl -N ${shellQuote(callUrl)}/$EVENT_ID`,
  );
  return lines.join("\n");
}

function countFiles(value: unknown): number {
  if (isFileData(value)) return 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countFiles(v), 0);
  if (value !== null && typeof value === "object") return Object.values(value).reduce((n: number, v) => n + countFiles(v), 0);
  return 0;
}

/** The snippet calling `endpoint` in `language`. */
export function snippet(language: Language, endpoint: Endpoint, target: Target): string {
  switch (language) {
    case "java":
      return javaSnippet(endpoint, target);
    case "python":
      return pythonSnippet(endpoint, target);
    case "javascript":
      return javascriptSnippet(endpoint, target);
    case "bash":
      return curlSnippet(endpoint, target);
  }
}

/**
 * The app's absolute base URL, for the snippets: `config.root` when it is absolute, else resolved
 * against the page's address. No trailing slash.
 */
export function absoluteRoot(root: string | null | undefined, pageUrl: string): string {
  const value = (root ?? "").trim();
  if (/^https?:\/\//i.test(value)) return base(value);
  try {
    return base(new URL(value || "./", pageUrl).href.replace(/[?#].*$/, ""));
  } catch {
    return base(value);
  }
}
