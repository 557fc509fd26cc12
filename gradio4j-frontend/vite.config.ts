import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { themeFonts } from "./theme-fonts.ts";

// The build lands in the Maven module's classes, from where gradio4j-core packages it into its
// jar: the server reads index.html, assets/ and static/fonts/ from dev/gradio4j/frontend on the
// classpath.
export default defineConfig({
  plugins: [svelte(), themeFonts()],
  base: "./",
  // The Maven build passes its project version, which the API page's install snippets show.
  define: { __GRADIO4J_VERSION__: JSON.stringify(process.env.GRADIO4J_VERSION ?? "0.0.0-dev") },
  build: {
    outDir: "target/classes/dev/gradio4j/frontend",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    // These machines have two cores and builds run beside the tests: the 5 s default failed the
    // heaviest rendering test (a 5,000-item JSON value) under load, on main too.
    testTimeout: 20_000,
    // The setup loads (and so transforms) every on-demand component once per test file: under the
    // same load, more than the 10 s default.
    hookTimeout: 60_000,
  },
});
