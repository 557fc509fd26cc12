// The MultimodalTextbox's value ({text, files}) and the decisions it makes before uploading:
// which files it takes, and when pasted text is long enough to become a file.
import { isAccepted, isFileValue, prettyBytes, type FileValue } from "./files";

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

/**
 * Sorts files the user gave into those to upload and the reasons the others were refused: a
 * type not in `file_types`, a size over the server's limit, or (one file allowed) one too many.
 */
export function screenFiles(
  files: File[],
  rules: { types: string[] | null; maxSize: number | null; room: number },
): { accepted: File[]; problems: string[] } {
  const accepted: File[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (!isAccepted(file, rules.types)) {
      problems.push(`${file.name} is not an accepted file type (${rules.types!.join(", ")}).`);
    } else if (rules.maxSize !== null && file.size > rules.maxSize) {
      problems.push(`${file.name} is ${prettyBytes(file.size)}; files may be at most ${prettyBytes(rules.maxSize)}.`);
    } else if (accepted.length >= rules.room) {
      problems.push(`${file.name} was not added: ${rules.room === 0 ? "remove the attached file first" : "one file at a time"}.`);
    } else {
      accepted.push(file);
    }
  }
  return { accepted, problems };
}

/** Pasted text longer than `limit` characters, as a text file to attach instead; null otherwise. */
export function pastedTextFile(text: string, limit: number | null | undefined): File | null {
  if (limit == null || limit <= 0 || text.length <= limit) return null;
  return new File([text], "pasted_text.txt", { type: "text/plain" });
}
