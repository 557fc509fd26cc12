import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

// The font files of Gradio's built-in themes, which their CSS asks for at
// static/fonts/<Family>/<Family>-<Weight>.woff2 (Gradio's names: 400 Regular, 600 SemiBold, 700
// Bold), taken from the @fontsource packages pinned in package.json. Each is fontsource's Latin
// subset: characters beyond it fall back to the next font of the theme's stack. Each family's
// licence goes beside its files, into the jar.
const FONTS: { family: string; fontsource: string; weights: number[] }[] = [
  { family: "IBMPlexMono", fontsource: "ibm-plex-mono", weights: [400, 600] },
  { family: "IBMPlexSans", fontsource: "ibm-plex-sans", weights: [400, 600] },
  { family: "Lora", fontsource: "lora", weights: [400, 600] },
  { family: "Montserrat", fontsource: "montserrat", weights: [400, 700] },
  { family: "RobotoMono", fontsource: "roboto-mono", weights: [400, 600] },
  { family: "SourceSansPro", fontsource: "source-sans-pro", weights: [400, 600] },
  { family: "Ubuntu", fontsource: "ubuntu", weights: [400] },
];

const WEIGHT_NAMES: Record<number, string> = { 400: "Regular", 600: "SemiBold", 700: "Bold" };

/** Writes the themes' fonts and their licences into the build under static/fonts/. */
export function themeFonts(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: "gradio4j-theme-fonts",
    apply: "build",
    generateBundle() {
      for (const { family, fontsource, weights } of FONTS) {
        const pkg = dirname(require.resolve(`@fontsource/${fontsource}/package.json`));
        const folder = `static/fonts/${family}`;
        for (const weight of weights) {
          const source = readFileSync(join(pkg, "files", `${fontsource}-latin-${weight}-normal.woff2`));
          this.emitFile({ type: "asset", fileName: `${folder}/${family}-${WEIGHT_NAMES[weight]}.woff2`, source });
        }
        this.emitFile({ type: "asset", fileName: `${folder}/LICENSE`, source: readFileSync(join(pkg, "LICENSE")) });
      }
    },
  };
}
