import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

// The font files Gradio 6.31's server has beside its page (the same families and weights, so that
// a theme's local fonts, and a Google font that Gradio would serve locally, are found here too),
// which the theme CSS asks for at static/fonts/<Family>/<Family>-<Weight>.woff2 (Gradio's names:
// 400 Regular, 500 Medium, 600 SemiBold, 700 Bold), taken from the @fontsource packages pinned in
// package.json. Each is fontsource's Latin subset: characters beyond it fall back to the next font
// of the theme's stack. Each family's licence goes beside its files, into the jar.
const FONTS: { family: string; fontsource: string; weights: number[] }[] = [
  { family: "ChakraPetch", fontsource: "chakra-petch", weights: [400, 600] },
  { family: "IBMPlexMono", fontsource: "ibm-plex-mono", weights: [400, 500, 600, 700] },
  { family: "IBMPlexSans", fontsource: "ibm-plex-sans", weights: [400, 600, 700] },
  { family: "Inconsolata", fontsource: "inconsolata", weights: [400, 700] },
  { family: "Lexend", fontsource: "lexend", weights: [400, 600] },
  { family: "Lora", fontsource: "lora", weights: [400, 600] },
  { family: "Montserrat", fontsource: "montserrat", weights: [400, 700] },
  { family: "PressStart2P", fontsource: "press-start-2p", weights: [400] },
  { family: "Quicksand", fontsource: "quicksand", weights: [400, 700] },
  { family: "RobotoMono", fontsource: "roboto-mono", weights: [400, 600] },
  { family: "ShareTechMono", fontsource: "share-tech-mono", weights: [400] },
  { family: "SourceCodePro", fontsource: "source-code-pro", weights: [400, 600] },
  { family: "SourceSans3", fontsource: "source-sans-3", weights: [400, 600] },
  { family: "SourceSansPro", fontsource: "source-sans-pro", weights: [400, 600, 700] },
  { family: "SpaceMono", fontsource: "space-mono", weights: [400] },
  { family: "Ubuntu", fontsource: "ubuntu", weights: [400] },
];

const WEIGHT_NAMES: Record<number, string> = { 400: "Regular", 500: "Medium", 600: "SemiBold", 700: "Bold" };

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
