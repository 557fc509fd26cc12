// The Chatbot's messages: the wire value (Gradio's "messages" list) normalised to typed parts,
// thoughts nested under their parents, turns grouped into bubbles, and the values its events
// carry. Also the frame throttle that keeps a fast stream from re-rendering more than it paints,
// and what keeps a frame from redrawing the bubbles it did not change.
import { isFileValue, isImage, type FileValue } from "../../lib/files";

export type ChatRole = "user" | "assistant" | "system";

/** What makes a message a "thought" (a reasoning step or tool call) instead of a plain message. */
export interface ChatMetadata {
  title?: string | null;
  id?: string | number | null;
  parent_id?: string | number | null;
  log?: string | null;
  /** Seconds. */
  duration?: number | null;
  /** "error": an answer that reports a failure (gradio4j's mark; Gradio has pending and done). */
  status?: "pending" | "done" | "error" | null;
}

export interface ChatOption {
  value: string;
  label?: string | null;
}

export type ChatPart =
  | { type: "text"; text: string }
  | { type: "file"; file: FileValue; alt_text?: string | null }
  | { type: "component"; component: string; value: unknown; props?: Record<string, unknown>; alt_text?: string | null };

export interface ChatMessage {
  /** Its position in the wire list: what the events report. */
  index: number;
  role: ChatRole;
  metadata: ChatMetadata | null;
  options: ChatOption[] | null;
  content: ChatPart[];
}

/** A message with the thoughts whose `parent_id` names it. */
export interface ChatNode {
  message: ChatMessage;
  children: ChatNode[];
}

/** One bubble: consecutive messages of one side. */
export interface ChatGroup {
  role: "user" | "assistant";
  nodes: ChatNode[];
}

export type MediaKind = "image" | "audio" | "video" | "file";

/** A file to show in a message, and how. */
export interface ChatMedia {
  file: FileValue;
  kind: MediaKind;
  alt: string | null;
}

const ROLES = new Set<unknown>(["user", "assistant", "system"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * One part of a message's content. Besides the typed parts of the wire, takes what a server
 * may send before normalising: a string, a FileData, `{file}` or `{component}` without `type`.
 */
function normalisePart(raw: unknown): ChatPart | null {
  if (typeof raw === "string") return { type: "text", text: raw };
  if (!isRecord(raw)) return null;
  if (raw.type === "text" || (raw.type === undefined && typeof raw.text === "string")) {
    return { type: "text", text: typeof raw.text === "string" ? raw.text : "" };
  }
  if (isFileValue(raw.file)) return { type: "file", file: raw.file, alt_text: (raw.alt_text as string | null) ?? null };
  if (typeof raw.component === "string") {
    const props = isRecord(raw.props) ? raw.props : isRecord(raw.constructor_args) ? raw.constructor_args : {};
    return { type: "component", component: raw.component, value: raw.value ?? null, props, alt_text: (raw.alt_text as string | null) ?? null };
  }
  if (isFileValue(raw)) return { type: "file", file: raw, alt_text: null };
  return null;
}

/** The messages of a Chatbot value; what is not a message is left out. */
export function normaliseMessages(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw, index): ChatMessage[] => {
    if (!isRecord(raw) || !ROLES.has(raw.role)) return [];
    const content = Array.isArray(raw.content) ? raw.content : raw.content == null ? [] : [raw.content];
    const options = Array.isArray(raw.options)
      ? raw.options.filter((o): o is ChatOption => isRecord(o) && o.value != null).map((o) => ({ value: String(o.value), label: o.label ?? null }))
      : null;
    return [{
      index,
      role: raw.role as ChatRole,
      metadata: isRecord(raw.metadata) ? (raw.metadata as ChatMetadata) : null,
      options: options && options.length > 0 ? options : null,
      content: content.map(normalisePart).filter((p): p is ChatPart => p !== null),
    }];
  });
}

/**
 * `next`, with the messages and bubbles of `previous` kept where nothing in them changed: a frame
 * of a streamed answer changes only the last bubble, and Svelte leaves the others alone.
 */
export function keepUnchanged(next: ChatGroup[], previous: ChatGroup[]): ChatGroup[] {
  return next.map((group, i) => {
    const old = previous[i];
    return old && old.role === group.role && sameNodes(old.nodes, group.nodes) ? old : group;
  });
}

function sameNodes(a: ChatNode[], b: ChatNode[]): boolean {
  return a.length === b.length && a.every((node, i) => sameMessage(node.message, b[i].message) && sameNodes(node.children, b[i].children));
}

function sameMessage(a: ChatMessage, b: ChatMessage): boolean {
  return a.index === b.index && a.role === b.role && a.content.length === b.content.length
    && a.content.every((part, i) => {
      const other = b.content[i];
      return part.type === "text" && other.type === "text" ? part.text === other.text : JSON.stringify(part) === JSON.stringify(other);
    })
    && JSON.stringify(a.metadata) === JSON.stringify(b.metadata) && JSON.stringify(a.options) === JSON.stringify(b.options);
}

/** An answer that says what went wrong, which the server marked so: it shows as an error. */
export function isFailure(message: ChatMessage): boolean {
  return message.role === "assistant" && message.metadata?.status === "error";
}

/** A thought has a title; it shows as a collapsible box. */
export function isThought(message: ChatMessage): boolean {
  return Boolean(message.metadata?.title);
}

/**
 * Puts each message whose `parent_id` names an earlier thought's `id` under that thought, as
 * Gradio nests tool calls; the others stay in order at the top.
 */
export function nestThoughts(messages: ChatMessage[]): ChatNode[] {
  const thoughts = new Map<string, ChatNode>();
  const roots: ChatNode[] = [];
  for (const message of messages) {
    const node: ChatNode = { message, children: [] };
    const { id, parent_id } = message.metadata ?? {};
    const parent = parent_id != null ? thoughts.get(String(parent_id)) : undefined;
    (parent ? parent.children : roots).push(node);
    if (id != null && isThought(message)) thoughts.set(String(id), node);
  }
  return roots;
}

/**
 * The bubbles: consecutive user or assistant messages together (each alone when `together` is
 * false). System messages are the model's instructions, not part of the conversation shown.
 */
export function groupByRole(nodes: ChatNode[], together = true): ChatGroup[] {
  const groups: ChatGroup[] = [];
  for (const node of nodes) {
    const role = node.message.role;
    if (role === "system") continue;
    const last = groups[groups.length - 1];
    if (together && last?.role === role) last.nodes.push(node);
    else groups.push({ role, nodes: [node] });
  }
  return groups;
}

/** The last message of `role`, if any. */
export function lastOf(messages: ChatMessage[], role: ChatRole): ChatMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === role) return messages[i];
  return null;
}

/** A message's text parts. */
export function messageText(message: ChatMessage): string {
  return message.content.flatMap((p) => (p.type === "text" && p.text ? [p.text] : [])).join("\n");
}

/** What a bubble's copy button copies: the text of its messages, without the thoughts. */
export function groupText(group: ChatGroup): string {
  return group.nodes
    .filter((n) => !isThought(n.message))
    .map((n) => messageText(n.message))
    .filter((text) => text !== "")
    .join("\n\n");
}

/** Whether nothing of a message would show yet: the empty start of a streamed answer. */
export function isBlank(message: ChatMessage): boolean {
  return !isThought(message) && message.content.every((p) => p.type === "text" && p.text.trim() === "");
}

/** A message's value in event data: its text, file or component value; a list for several parts. */
export function messageValue(message: ChatMessage): unknown {
  const values = message.content.map((p) => (p.type === "text" ? p.text : p.type === "file" ? p.file : p.value));
  return values.length === 1 ? values[0] : values;
}

/** How to show a file: by its MIME type, else its extension. */
export function fileKind(file: FileValue): MediaKind {
  if (isImage(file)) return "image";
  const mime = file.mime_type ?? "";
  if (mime.startsWith("audio/")) return "audio";
  if (mime.startsWith("video/")) return "video";
  if (mime) return "file";
  const name = file.orig_name || file.path || file.url || "";
  if (/\.(mp3|wav|ogg|oga|flac|m4a|aac|opus|weba)$/i.test(name)) return "audio";
  if (/\.(mp4|webm|ogv|mov|m4v|mkv)$/i.test(name)) return "video";
  return "file";
}

/** FileData in a component's value: the value itself, a list of them, or a `video` / `image` field. */
function filesIn(value: unknown): FileValue[] {
  if (isFileValue(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(filesIn);
  if (isRecord(value)) return [value.video, value.image].filter(isFileValue);
  return [];
}

/**
 * The files a non-text part shows: a file part's file, or the files in an embedded component's
 * value (an Image, Audio, Video or File component). Null when it has none: shown as its value.
 */
export function partMedia(part: ChatPart): ChatMedia[] | null {
  if (part.type === "text") return null;
  const alt = part.alt_text ?? null;
  if (part.type === "file") return [{ file: part.file, kind: fileKind(part.file), alt }];
  const files = filesIn(part.value);
  if (files.length === 0) return null;
  const declared = ["image", "audio", "video"].includes(part.component) ? (part.component as MediaKind) : null;
  return files.map((file) => ({ file, kind: declared ?? fileKind(file), alt }));
}

/** "850ms", "3s", "1.5s", "2m 05s": how long a thought took. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "";
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 60) return Number.isInteger(seconds) ? `${seconds}s` : `${seconds.toFixed(1)}s`;
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, "0")}s`;
}

/**
 * Passes values on to `apply` at most once per animation frame: the first at once, then the
 * latest of those that arrive before the next frame. A streamed answer sends many chunks a
 * frame; re-rendering its Markdown for each would only slow the page down.
 */
export function frameThrottle<T>(
  apply: (value: T) => void,
  schedule: (callback: () => void) => number = requestAnimationFrame,
  unschedule: (handle: number) => void = cancelAnimationFrame,
): { push: (value: T) => void; cancel: () => void } {
  let handle: number | null = null;
  let waiting: { value: T } | null = null;
  const push = (value: T) => {
    if (handle !== null) {
      waiting = { value };
      return;
    }
    apply(value);
    handle = schedule(() => {
      handle = null;
      const next = waiting;
      waiting = null;
      if (next) push(next.value);
    });
  };
  const cancel = () => {
    if (handle !== null) unschedule(handle);
    handle = null;
    waiting = null;
  };
  return { push, cancel };
}

/**
 * The Chatbot value with message `index`'s text replaced by `text`: its files stay where they
 * are, and its text parts become one, where the first of them was (else at the end).
 */
export function editedValue(value: unknown, index: number, text: string): unknown[] {
  const messages: unknown[] = Array.isArray(value) ? value : [];
  return messages.map((raw, i) => {
    if (i !== index || !isRecord(raw)) return raw;
    const content: unknown[] = Array.isArray(raw.content) ? raw.content : raw.content == null ? [] : [raw.content];
    const parts = content.map(normalisePart).filter((p): p is ChatPart => p !== null);
    const first = parts.findIndex((p) => p.type === "text");
    const kept: ChatPart[] = parts.filter((p) => p.type !== "text");
    kept.splice(first < 0 ? kept.length : first, 0, { type: "text", text });
    return { ...raw, content: kept };
  });
}
