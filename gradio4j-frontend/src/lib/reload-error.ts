// Reads the reloader's error text (javac's output, or an exception's stack trace) for the
// overlay's headline: where the problem is, and what it is.

/** The headline of a failed reload. */
export interface ReloadProblem {
  /** The first compiler error's place (else the first warning's), when the text is javac's. */
  location: { file: string; line: number } | null;
  message: string;
}

const DIAGNOSTIC = /^(.+\.java):(\d+): (error|warning): (.*)$/gm;

export function describeReloadError(text: string): ReloadProblem {
  const diagnostics = [...text.replace(/\r\n?/g, "\n").matchAll(DIAGNOSTIC)];
  const first = diagnostics.find((d) => d[3] === "error") ?? diagnostics[0];
  if (first) return { location: { file: first[1], line: Number(first[2]) }, message: first[4] };
  // A stack trace starts with the exception and its message.
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "");
  return { location: null, message: line?.trim() ?? "" };
}
