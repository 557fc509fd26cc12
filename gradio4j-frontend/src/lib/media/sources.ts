// The sources a file-taking component offers (Gradio's `sources` prop): which of them it knows,
// and which one is in use.

/** Every source a Gradio media component may offer; each component allows some of them. */
export type MediaSource = "upload" | "microphone" | "webcam" | "clipboard";

/**
 * The sources of a `sources` prop that the component allows, in the prop's order, once each;
 * `defaults` when the prop is absent (Gradio writes a list, a component built by hand may not).
 */
export function allowedSources<S extends MediaSource>(given: unknown, allowed: readonly S[], defaults: readonly S[] = allowed): S[] {
  if (!Array.isArray(given)) return [...defaults];
  const known = given.filter((source): source is S => (allowed as readonly unknown[]).includes(source));
  return [...new Set(known)];
}

/**
 * The source in use: the user's choice while the component still offers it (the server may
 * change `sources`), else the first one, which is Gradio's default; `fallback` when there is none.
 */
export function activeSource<S extends MediaSource>(chosen: S | null, sources: readonly S[], fallback: S): S {
  return chosen && sources.includes(chosen) ? chosen : (sources[0] ?? fallback);
}
