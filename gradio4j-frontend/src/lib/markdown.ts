// Markdown to safe HTML, with code highlighting and LaTeX loaded only when a text needs them.
import DOMPurify from "dompurify";
import { Marked } from "marked";

/** A pair of LaTeX delimiters, as Gradio's `latex_delimiters` prop lists them. */
export interface LatexDelimiter {
  left: string;
  right: string;
  display: boolean;
}

export interface MarkdownOptions {
  /** Strips script, event handlers and other active content (the default). */
  sanitize?: boolean;
  /** Single newlines become line breaks. */
  lineBreaks?: boolean;
}

const plain = new Marked({ gfm: true, breaks: false });
const withBreaks = new Marked({ gfm: true, breaks: true });

// Links open in a new tab, safely: the page they open cannot reach back into this one.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")!.startsWith("#")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

/** Sanitises HTML: what the server sends cannot run script in the page. */
export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { ADD_ATTR: ["target"] });
}

/** Renders Markdown (which may contain HTML) to HTML. */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
  const html = (options.lineBreaks ? withBreaks : plain).parse(text, { async: false }) as string;
  return options.sanitize === false ? html : sanitize(html);
}

/**
 * Markdown split into its top-level blocks (paragraphs, lists, code, tables, quotes), each with
 * the blank lines after it, to be rendered one by one: a text that grows at its end (a streamed
 * answer) renders again only its last block. Reference-style links need the whole text, so a
 * text that defines some stays one block.
 */
export function markdownBlocks(text: string): string[] {
  const tokens = plain.lexer(text);
  if (Object.keys(tokens.links).length > 0) return [text];
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === "space" && blocks.length > 0) blocks[blocks.length - 1] += token.raw;
    else blocks.push(token.raw);
  }
  return blocks;
}

/**
 * Highlights the code blocks and typesets the LaTeX inside `element`, loading Prism and KaTeX
 * the first time a text has code or math.
 */
export async function enhance(element: HTMLElement, delimiters: LatexDelimiter[] = []): Promise<void> {
  const code = element.querySelectorAll<HTMLElement>("pre code[class*='language-']");
  if (code.length > 0) {
    const { highlight } = await import("./highlight");
    for (const block of code) await highlight(block);
  }
  const text = element.textContent ?? "";
  if (delimiters.some((d) => text.includes(d.left))) {
    const { typeset } = await import("./latex");
    typeset(element, delimiters);
  }
}
