// A text area that grows with its text, from `lines` to `maxLines` rows, then scrolls: the
// Textbox's and the MultimodalTextbox's.

/** Sizes `area` to its text, between `lines` and `maxLines` rows. */
export function fitToText(area: HTMLTextAreaElement, lines: number, maxLines: number): void {
  const style = getComputedStyle(area);
  const lineHeight = parseFloat(style.lineHeight) || 20;
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  area.style.height = "auto";
  const wanted = Math.min(Math.max(area.scrollHeight, lines * lineHeight + padding), maxLines * lineHeight + padding);
  area.style.height = `${wanted}px`;
  area.style.overflowY = area.scrollHeight > wanted ? "auto" : "hidden";
}
