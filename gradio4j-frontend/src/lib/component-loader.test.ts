import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppConfig } from "./types";

let cleanup = () => {};
afterEach(() => cleanup());

/** The loader and the page as a fresh page has them: nothing loaded on demand yet. */
async function freshPage() {
  vi.resetModules();
  // Svelte and the testing library afresh too: one page, one Svelte runtime.
  const library = await import("@testing-library/svelte");
  cleanup = library.cleanup;
  return {
    render: library.render,
    loader: await import("./component-loader"),
    App: (await import("./app.svelte")).App,
    Render: (await import("./Render.svelte")).default,
  };
}

describe("components loaded on demand", () => {
  it("are not here before a page shows one, and are loaded once", async () => {
    const { loader } = await freshPage();
    expect(loader.componentNow("textbox")).toBeDefined();
    expect(loader.componentNow("json")).toBeUndefined();
    const first = loader.loadComponent("json");
    expect(loader.loadComponent("json")).toBe(first);
    const json = await first;
    expect(loader.componentNow("json")).toBe(json);
    await expect(loader.loadComponent("nope")).rejects.toThrow('No component for type "nope".');
  });

  it("show once loaded, in their place in the layout", async () => {
    const { App, Render, render } = await freshPage();
    const config = {
      version: "6", root: "http://h", api_prefix: "/gradio_api", mode: "blocks", title: "t",
      components: [{ id: 1, type: "json", props: { label: "Data", value: { a: 1 } } }],
      dependencies: [], layout: { id: 0, children: [{ id: 1 }] }, css: null, js: null, head: null, show_error: true, max_file_size: null,
    } as unknown as AppConfig;
    const app = new App(config);
    const view = render(Render, { props: { node: { id: 1 }, app } });
    expect(view.container.querySelector("[data-block-id]")).toBeNull();
    await vi.waitFor(() => expect(view.getByText("Data")).toBeTruthy());
  });
});
