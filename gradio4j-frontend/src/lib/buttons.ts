// Gradio 6's `buttons` prop: the corner buttons a component shows ("copy", "download",
// "fullscreen", "share", ...), [] for none. gradio4j's server sends it as Gradio does; a config
// without it gets the component's Gradio default, which each component passes as `fallback`.

/** Whether `buttons` lists `name`; `fallback` when the config has no list. */
export function hasButton(buttons: unknown, name: string, fallback = false): boolean {
  return Array.isArray(buttons) ? buttons.includes(name) : fallback;
}
