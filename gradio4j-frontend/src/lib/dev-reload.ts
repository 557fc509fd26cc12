// The reloader's notices (dev mode): the server's `{api_prefix}/dev/reload` event stream says
// when it has rebuilt the app from saved sources, or why it could not.

/** What the page does with the notices. */
export interface ReloadListener {
  /** The server runs a new version of the app. */
  reloaded(): void;
  /** A save did not compile or the app threw while rebuilding; the previous version runs on. */
  failed(text: string): void;
}

/**
 * Follows the reload stream at `url`. The browser reconnects it by itself when the server goes
 * away and comes back; `heartbeat` events only keep it open.
 */
export function watchReloads(url: string, listener: ReloadListener): void {
  const source = new EventSource(url);
  source.addEventListener("reload", () => listener.reloaded());
  source.addEventListener("error", (event) => {
    // The server's `event: error` comes as a MessageEvent; a lost connection fires a bare "error" too.
    if (event instanceof MessageEvent) listener.failed(errorText(event.data));
  });
}

/** The error's data is a JSON-encoded string; anything else is shown as it came. */
function errorText(data: unknown): string {
  try {
    const text: unknown = JSON.parse(String(data));
    return typeof text === "string" ? text : String(data);
  } catch {
    return String(data);
  }
}
