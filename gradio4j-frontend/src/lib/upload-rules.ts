// Which of the files a user gives a component it takes, before anything is sent: the rules are
// the component's `file_types`, the app's `max_file_size` and how many files still fit. Sizes are
// said in bytes (prettyBytes), not in @gradio/client's "Mb", which reads as megabits.
import { isAccepted, prettyBytes } from "./files";

/** What a component accepts. `room` is how many more files it takes (Infinity for no limit). */
export interface UploadRules {
  types: readonly string[] | null;
  maxSize: number | null;
  room: number;
}

/** The little a rule reads of a file: a browser File, or a test's stand-in. */
export interface OfferedFile {
  name: string;
  size: number;
  type?: string;
}

/**
 * Sorts files the user gave into those to upload and the reasons the others were refused: a
 * type not in `file_types`, a size over the server's limit, or one file too many.
 */
export function screenFiles<F extends OfferedFile>(files: readonly F[], rules: UploadRules): { accepted: F[]; problems: string[] } {
  const accepted: F[] = [];
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

/** How many files a component takes, per Gradio's `file_count`: one, several, or a folder's. */
export type FileCount = "single" | "multiple" | "directory";

export function fileCount(value: unknown): FileCount {
  return value === "multiple" || value === "directory" ? value : "single";
}

/** A component's `file_types` as a list ("image", ".pdf"…); null takes any type. */
export function fileTypes(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.filter((type): type is string => typeof type === "string");
  return typeof value === "string" ? [value] : null;
}
