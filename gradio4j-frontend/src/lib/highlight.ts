// Code highlighting with Prism, loaded on demand (see markdown.ts); languages load as met.
import Prism from "prismjs";
import "./prism-theme.css";

const languages: Record<string, () => Promise<unknown>> = {
  java: () => import("prismjs/components/prism-java"),
  python: () => import("prismjs/components/prism-python"),
  py: () => import("prismjs/components/prism-python"),
  typescript: () => import("prismjs/components/prism-typescript"),
  ts: () => import("prismjs/components/prism-typescript"),
  json: () => import("prismjs/components/prism-json"),
  bash: () => import("prismjs/components/prism-bash"),
  sh: () => import("prismjs/components/prism-bash"),
  shell: () => import("prismjs/components/prism-bash"),
  yaml: () => import("prismjs/components/prism-yaml"),
  sql: () => import("prismjs/components/prism-sql"),
  kotlin: () => import("prismjs/components/prism-kotlin"),
  xml: () => Promise.resolve(),
  html: () => Promise.resolve(),
  css: () => Promise.resolve(),
  javascript: () => Promise.resolve(),
  js: () => Promise.resolve(),
};

/** Highlights one `<code class="language-x">` element in place. */
export async function highlight(code: HTMLElement): Promise<void> {
  const language = /language-(\w+)/.exec(code.className)?.[1]?.toLowerCase();
  if (!language || code.dataset.highlighted) return;
  await languages[language]?.();
  const grammar = Prism.languages[language === "py" ? "python" : language === "ts" ? "typescript" : language === "sh" || language === "shell" ? "bash" : language];
  if (!grammar) return;
  code.innerHTML = Prism.highlight(code.textContent ?? "", grammar, language);
  code.dataset.highlighted = "true";
}
