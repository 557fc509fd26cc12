// LaTeX with KaTeX, loaded on demand (see markdown.ts).
import renderMathInElement from "katex/contrib/auto-render";
import "katex/dist/katex.min.css";
import type { LatexDelimiter } from "./markdown";

/** Typesets the math between `delimiters` inside `element`, in place. */
export function typeset(element: HTMLElement, delimiters: LatexDelimiter[]): void {
  renderMathInElement(element, { delimiters, throwOnError: false });
}
