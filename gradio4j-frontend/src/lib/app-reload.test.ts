// App.reload: a reloaded app's config applied in place, blocks matched by key and type.
import { describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import type { AppConfig, ComponentConfig, DependencyConfig, LayoutNode } from "./types";
import { appConfig, listener } from "../test-support/configs";

function dependency(id: number, target: [number, string], inputs: number[], outputs: number[]): DependencyConfig {
  return listener(id, target, { inputs, outputs, queue: true });
}

function config(components: ComponentConfig[], children: LayoutNode[], dependencies: DependencyConfig[] = []): AppConfig {
  return appConfig(components, { dependencies, children, title: "Demo", devMode: true });
}

// Version 1 of an app, and version 2 after an edit: ids renumbered, a label changed, the
// Markdown text edited, an input added and one removed.
const before = config(
  [
    { id: 1, type: "textbox", key: "name", props: { label: "Name", value: "" } },
    { id: 2, type: "markdown", key: "intro", props: { value: "# Hello" } },
    { id: 3, type: "textbox", key: "greeting", props: { label: "Greeting", value: "" } },
    { id: 4, type: "button", key: "go", props: { value: "Greet" } },
    { id: 5, type: "textbox", key: "notes", props: { label: "Notes", value: "" } },
  ],
  [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }],
  [dependency(0, [4, "click"], [1], [3])],
);
const after = config(
  [
    { id: 11, type: "textbox", key: "name", props: { label: "Your name", value: "" } },
    { id: 12, type: "markdown", key: "intro", props: { value: "# Welcome" } },
    { id: 13, type: "textbox", key: "greeting", props: { label: "Greeting", value: "" } },
    { id: 14, type: "button", key: "go", props: { value: "Greet" } },
    { id: 16, type: "number", key: "age", props: { label: "Age", value: 30 } },
  ],
  [{ id: 11 }, { id: 16 }, { id: 12 }, { id: 13 }, { id: 14 }],
  [dependency(0, [14, "click"], [11, 16], [13])],
);

describe("App.reload", () => {
  it("keeps each block's state object by key and type, under its new id", () => {
    const app = new App(before);
    const name = app.blocks.get(1)!;
    const go = app.blocks.get(4)!;
    app.reload(after);
    expect(app.blocks.get(11)).toBe(name);
    expect(app.blocks.get(14)).toBe(go);
    expect(name.id).toBe(11);
    expect(app.blocks.has(1)).toBe(false);
  });

  it("keeps the value the user typed and takes the other props from the new config", () => {
    const app = new App(before);
    app.input(1, "Ada");
    app.reload(after);
    expect(app.blocks.get(11)!.props).toMatchObject({ label: "Your name", value: "Ada" });
  });

  it("keeps a value an event wrote", () => {
    const app = new App(before);
    app.blocks.get(3)!.props.value = "Hello, Ada!";
    app.reload(after);
    expect(app.blocks.get(13)!.props.value).toBe("Hello, Ada!");
  });

  it("shows an edited value the user did not change, such as a Markdown text", () => {
    const app = new App(before);
    app.reload(after);
    expect(app.blocks.get(12)!.props.value).toBe("# Welcome");
  });

  it("adds the new blocks and drops the removed ones", () => {
    const app = new App(before);
    const notes = app.blocks.get(5)!;
    app.reload(after);
    expect(app.blocks.get(16)!.props).toMatchObject({ label: "Age", value: 30 });
    expect([...app.blocks.values()]).not.toContain(notes);
    expect([...app.blocks.keys()]).toEqual([11, 12, 13, 14, 16]);
  });

  it("makes a new block when a key now names a component of another type", () => {
    const app = new App(before);
    const intro = app.blocks.get(2)!;
    const next = config([{ id: 2, type: "html", key: "intro", props: { value: "<b>Hi</b>" } }], [{ id: 2 }]);
    app.reload(next);
    expect(app.blocks.get(2)).not.toBe(intro);
    expect(app.blocks.get(2)!.props.value).toBe("<b>Hi</b>");
  });

  it("gives a key the server repeats its state only once", () => {
    const app = new App(before);
    const name = app.blocks.get(1)!;
    const twice = { type: "textbox", key: "name", props: { label: "Name", value: "" } };
    app.reload(config([{ id: 21, ...twice }, { id: 22, ...twice }], [{ id: 21 }, { id: 22 }]));
    expect(app.blocks.get(21)).toBe(name);
    expect(app.blocks.get(22)).not.toBe(name);
  });

  it("matches blocks without keys by id", () => {
    const keyless = config([{ id: 1, type: "textbox", props: { label: "A" } }], [{ id: 1 }]);
    const app = new App(keyless);
    const block = app.blocks.get(1)!;
    app.input(1, "typed");
    app.reload(config([{ id: 1, type: "textbox", props: { label: "B" } }], [{ id: 1 }]));
    expect(app.blocks.get(1)).toBe(block);
    expect(block.props).toMatchObject({ label: "B", value: "typed" });
  });

  it("takes the new layout and dependencies", () => {
    const app = new App(before);
    app.reload(after);
    expect(app.config.layout).toBe(after.layout);
    expect(app.config.dependencies).toBe(after.dependencies);
  });

  it("works out a kept block's default interactivity again from the new listeners", () => {
    const box = (id: number) => ({ id, type: "textbox", key: "box", props: { value: "" } });
    const written = config([box(1), { id: 2, type: "button", key: "go", props: {} }], [{ id: 1 }, { id: 2 }], [dependency(0, [2, "click"], [], [1])]);
    const read = config([box(3), { id: 4, type: "button", key: "go", props: {} }], [{ id: 3 }, { id: 4 }], [dependency(0, [4, "click"], [3], [])]);
    const app = new App(written);
    expect(app.blocks.get(1)!.props.interactive).toBe(false);
    app.reload(read);
    expect(app.blocks.get(3)!.props.interactive).toBe(true);
  });

  it("keeps the tab the user picked and an accordion the user opened", () => {
    const layouts = (offset: number, open: boolean) =>
      config(
        [
          { id: offset + 1, type: "tabs", key: "tabs", props: {} },
          { id: offset + 2, type: "accordion", key: "more", props: { label: "More", open } },
        ],
        [{ id: offset + 1 }, { id: offset + 2 }],
      );
    const app = new App(layouts(0, false));
    app.blocks.get(1)!.props.selected = "Beta";
    app.blocks.get(2)!.props.open = true;
    app.reload(layouts(10, false));
    expect(app.blocks.get(11)!.props.selected).toBe("Beta");
    expect(app.blocks.get(12)!.props.open).toBe(true);
  });

  it("updates the page title when the app's changed", () => {
    document.title = "Demo";
    const app = new App(before);
    app.reload({ ...after, title: "Greeter" });
    expect(document.title).toBe("Greeter");
  });
});
