// The page's weight: a simple app (a Textbox and a Button) must start with at most 150 KB of
// gzipped JS and CSS, whatever else the UI can show; the chat, Markdown and the API page come
// only when shown. Builds the page into a temporary folder, as the jar's is built, and reads
// Vite's manifest for what the first load fetches. Run by `npm test`; fails with the sizes.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 150 * 1000;
const ON_DEMAND = ["src/components/chatbot/Chatbot.svelte", "src/components/Markdown.svelte", "src/api/ApiPage.svelte"];

const out = mkdtempSync(join(tmpdir(), "gradio4j-page-"));
try {
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--outDir", out, "--manifest", "--logLevel", "error"], { stdio: "inherit" });
  const manifest = JSON.parse(readFileSync(join(out, ".vite", "manifest.json"), "utf8"));

  /** The files a chunk needs before it runs: itself, its CSS, its static imports', recursively. */
  const filesOf = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach((imported) => filesOf(imported, files));
    return files;
  };
  // The page's own files, and the components' if they are chunks apart.
  const initial = filesOf("index.html");
  for (const component of ["Textbox", "Button"]) filesOf(`src/components/${component}.svelte`, initial);

  const size = [...initial].reduce((sum, file) => sum + gzipSync(readFileSync(join(out, file)), { level: 9 }).length, 0);
  console.log(`First load of a Textbox and a Button: ${(size / 1000).toFixed(1)} KB gzipped (budget ${BUDGET / 1000} KB): ${[...initial].join(", ")}`);
  assert.ok(size <= BUDGET, `the first load is ${(size / 1000).toFixed(1)} KB gzipped, over the ${BUDGET / 1000} KB budget`);
  for (const chunk of ON_DEMAND) {
    assert.ok(manifest[chunk], `${chunk} is a chunk of its own`);
    assert.ok(!initial.has(manifest[chunk].file), `${chunk} is not in the first load`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
