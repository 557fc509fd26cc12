// Runs the JavaScript an app attaches to an event (`js=` in Gradio): a function's source text,
// called with the input values; what it returns becomes the outputs (or the inputs sent to the
// server when the event also has a server function).

const compiled = new Map<string, (...args: unknown[]) => unknown>();

/** Compiles (once) and calls the function whose source is `source`. */
export async function callJs(source: string, args: unknown[]): Promise<unknown[]> {
  let fn = compiled.get(source);
  if (!fn) {
    // The app's own code, from its config: the same trust as the page's scripts.
    fn = new Function(`return (${source});`)() as (...args: unknown[]) => unknown;
    compiled.set(source, fn);
  }
  const result = await fn(...args);
  return Array.isArray(result) ? result : [result];
}
