// The MultimodalTextbox's value ({text, files}), and when pasted text is long enough to become a
// file.
import { isFileValue, type FileValue } from "./files";

/** Gradio's MultimodalData: the text and the attached files. */
export interface MultimodalValue {
  text: string;
  files: FileValue[];
}

/** A value from the server or the config: a string is text alone; anything else missing is empty. */
export function normaliseMultimodal(value: unknown): MultimodalValue {
  if (typeof value === "string") return { text: value, files: [] };
  if (value === null || typeof value !== "object") return { text: "", files: [] };
  const v = value as Record<string, unknown>;
  return {
    text: typeof v.text === "string" ? v.text : "",
    files: Array.isArray(v.files) ? v.files.filter(isFileValue) : [],
  };
}

/** Whether there is something to send: text other than blanks, or a file. */
export function hasContent(value: MultimodalValue): boolean {
  return value.text.trim() !== "" || value.files.length > 0;
}

/** Pasted text longer than `limit` characters, as a text file to attach instead; null otherwise. */
export function pastedTextFile(text: string, limit: number | null | undefined): File | null {
  if (limit == null || limit <= 0 || text.length <= limit) return null;
  return new File([text], "pasted_text.txt", { type: "text/plain" });
}
