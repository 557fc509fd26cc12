// Renders Number, Slider, Checkbox, CheckboxGroup, Radio, Dropdown, HTML, JSON and Label with
// a real App (its events recorded instead of sent) and checks what they show and fire.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { flushSync, type Component } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import type { BlockProps } from "./registry";
import { appConfig, listener } from "../test-support/configs";
import Checkbox from "../components/Checkbox.svelte";
import CheckboxGroup from "../components/CheckboxGroup.svelte";
import Dropdown from "../components/Dropdown.svelte";
import Html from "../components/Html.svelte";
import Json from "../components/Json.svelte";
import Label from "../components/Label.svelte";
import Markdown from "../components/Markdown.svelte";
import NumberField from "../components/Number.svelte";
import Radio from "../components/Radio.svelte";
import Slider from "../components/Slider.svelte";
import TextboxField from "../components/Textbox.svelte";

afterEach(() => cleanup());

/** Renders one component as block 1; `listened` lists the events the app listens to. */
function setup(file: Component<BlockProps>, type: string, props: Record<string, unknown>, listened: string[] = []) {
  const config = appConfig([{ id: 1, type, props: { interactive: true, ...props } }],
    { dependencies: listened.map((event, i) => listener(i, [1, event])) });
  const app = new App(config);
  const events: [string, unknown][] = [];
  app.trigger = ((_id: number, event: string, data: unknown = null) => {
    events.push([event, data === null ? null : JSON.parse(JSON.stringify(data))]);
  }) as App["trigger"];
  const block = app.blocks.get(1)!;
  const view = render(file, { props: { block, ctx: app.contextFor(block) } });
  const names = () => events.map(([name]) => name);
  return { block, events, names, view };
}

describe("Textbox", () => {
  it("has a Send button inside with submit_btn, which turns into Stop while an event writes to it", async () => {
    const { block, names, view } = setup(TextboxField, "textbox", { label: "Message", value: "hi", submit_btn: true, stop_btn: true });
    expect(view.queryByRole("button", { name: "Stop" })).toBeNull();
    await fireEvent.click(view.getByRole("button", { name: "Send" }));
    expect(names()).toEqual(["submit"]);

    block.loading = {
      status: "generating", queuePosition: null, queueSize: null, eta: null, startedAt: 0, progress: null, showProgress: "full", message: null,
    };
    flushSync();
    expect(view.queryByRole("button", { name: "Send" })).toBeNull();
    await fireEvent.click(view.getByRole("button", { name: "Stop" }));
    expect(names()).toEqual(["submit", "stop"]);
  });

  it("sends nothing on Enter while Stop stands in place of Send", async () => {
    const { block, names, view } = setup(TextboxField, "textbox", { label: "Message", value: "next", submit_btn: true, stop_btn: true });
    block.loading = {
      status: "generating", queuePosition: null, queueSize: null, eta: null, startedAt: 0, progress: null, showProgress: "full", message: null,
    };
    flushSync();
    await fireEvent.keyDown(view.getByLabelText("Message"), { key: "Enter" });
    expect(names()).toEqual([]);
    block.loading = null;
    flushSync();
    await fireEvent.keyDown(view.getByLabelText("Message"), { key: "Enter" });
    expect(names()).toEqual(["submit"]);
  });

  it("has no buttons inside by default", () => {
    const { view } = setup(TextboxField, "textbox", { label: "Name", value: "" });
    expect(view.queryByRole("button")).toBeNull();
  });

  it("has a copy button when Gradio 6's buttons lists copy, and none for []", () => {
    expect(setup(TextboxField, "textbox", { value: "hi", buttons: ["copy"] }).view.getByRole("button", { name: "Copy" })).toBeTruthy();
    cleanup();
    expect(setup(TextboxField, "textbox", { value: "hi", buttons: [] }).view.queryByRole("button", { name: "Copy" })).toBeNull();
  });
});

describe("Number", () => {
  it("sends what is typed, rounds to the precision on Enter and submits", async () => {
    const { block, names, view } = setup(NumberField, "number", { label: "N", value: 3, minimum: 0, maximum: 10, precision: 1, step: 1 });
    const input = view.getByLabelText("N") as HTMLInputElement;
    expect(input.value).toBe("3");
    await fireEvent.input(input, { target: { value: "12.34" } });
    expect(block.props.value).toBe(12.34);
    expect(view.container.textContent).toContain("Enter a value between 0 and 10.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(block.props.value).toBe(12.3);
    expect(names()).toEqual(["input", "change", "input", "change", "submit"]);
  });

  it("follows the server's value, and an empty field is null", async () => {
    const { block, view } = setup(NumberField, "number", { label: "N", value: 1 });
    const input = view.getByLabelText("N") as HTMLInputElement;
    block.props.value = 5;
    flushSync();
    expect(input.value).toBe("5");
    await fireEvent.input(input, { target: { value: "" } });
    expect(block.props.value).toBeNull();
  });
});

describe("Slider", () => {
  it("moves with the range and the box, snaps typed values to a step, releases and resets", async () => {
    const { block, events, view } = setup(Slider, "slider", { label: "S", value: 20, minimum: 0, maximum: 100, step: 5 });
    const range = view.getByTestId("range-input") as HTMLInputElement;
    const box = view.getByTestId("number-input") as HTMLInputElement;
    expect(view.getByLabelText("S")).toBe(range);
    await fireEvent.input(range, { target: { value: "40" } });
    expect(block.props.value).toBe(40);
    flushSync();
    expect(box.value).toBe("40");
    await fireEvent.change(range);
    expect(events.at(-1)).toEqual(["release", 40]);
    await fireEvent.input(box, { target: { value: "63" } });
    await fireEvent.blur(box);
    expect(block.props.value).toBe(65);
    expect(events.at(-1)).toEqual(["release", 65]);
    await fireEvent.input(box, { target: { value: "500" } });
    await fireEvent.keyDown(box, { key: "Enter" });
    expect(block.props.value).toBe(100);
    await fireEvent.click(view.getByTestId("reset-button"));
    expect(block.props.value).toBe(20);
  });
});

describe("Checkbox", () => {
  it("toggles and fires select with its state", async () => {
    const { block, events, view } = setup(Checkbox, "checkbox", { label: "C", value: false });
    await fireEvent.click(view.getByLabelText("C"));
    expect(block.props.value).toBe(true);
    expect(events).toContainEqual(["select", { index: 0, value: true, selected: true }]);
    await fireEvent.keyDown(view.getByLabelText("C"), { key: "Enter" });
    expect(block.props.value).toBe(false);
  });
});

describe("CheckboxGroup", () => {
  it("adds and removes values and fires select", async () => {
    const { block, events, view } = setup(CheckboxGroup, "checkboxgroup", { label: "G", value: ["b"], choices: [["A", "a"], ["B", "b"]] });
    expect(view.getByRole("group", { name: "G" })).toBeTruthy();
    await fireEvent.click(view.getByLabelText("A"));
    expect(block.props.value).toEqual(["b", "a"]);
    expect(events).toContainEqual(["select", { index: 0, value: "a", selected: true }]);
    await fireEvent.click(view.getByLabelText("B"));
    expect(block.props.value).toEqual(["a"]);
    expect(events).toContainEqual(["select", { index: 1, value: "b", selected: false }]);
  });

  it("selects and clears all with the select-all box", async () => {
    const { block, view } = setup(CheckboxGroup, "checkboxgroup", { value: [], choices: [["A", "a"], ["B", "b"]], show_select_all: true });
    await fireEvent.click(view.getByLabelText("Select all"));
    expect(block.props.value).toEqual(["a", "b"]);
    await fireEvent.click(view.getByLabelText("Select all"));
    expect(block.props.value).toEqual([]);
  });
});

describe("Radio", () => {
  it("chooses a value and fires select", async () => {
    const { block, events, view } = setup(Radio, "radio", { label: "R", value: null, choices: [["A", "a"], ["B", "b"]] });
    expect(view.getByRole("radiogroup", { name: "R" })).toBeTruthy();
    await fireEvent.click(view.getByLabelText("B"));
    expect(block.props.value).toBe("b");
    expect(events).toContainEqual(["select", { index: 1, value: "b", selected: true }]);
  });
});

describe("Dropdown", () => {
  const fruits = [["Apple", "a"], ["Banana", "b"], ["Cherry", "c"]];
  const options = (view: { queryAllByRole: (role: "option") => HTMLElement[] }) =>
    view.queryAllByRole("option").map((o) => o.textContent!.trim());

  it("filters as the user types and picks with the keyboard", async () => {
    const { block, events, view } = setup(Dropdown, "dropdown", { label: "D", value: "b", choices: fruits });
    const input = view.getByRole("combobox", { name: "D" }) as HTMLInputElement;
    expect(input.value).toBe("Banana");
    await fireEvent.focus(input);
    expect(options(view)).toEqual(["Apple", "Banana", "Cherry"]);
    await fireEvent.input(input, { target: { value: "ch" } });
    expect(options(view)).toEqual(["Cherry"]);
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(block.props.value).toBe("c");
    expect(events).toContainEqual(["select", { index: 2, value: "c", selected: true }]);
    expect(options(view)).toEqual([]);
    expect(input.value).toBe("Cherry");
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.getAttribute("aria-activedescendant")).toMatch(/option-0$/);
    await fireEvent.keyDown(input, { key: "Escape" });
    expect(options(view)).toEqual([]);
  });

  it("picks with the pointer, closes on an outside press and restores unmatched text on blur", async () => {
    const { block, view } = setup(Dropdown, "dropdown", { label: "D", value: "b", choices: fruits });
    const input = view.getByRole("combobox") as HTMLInputElement;
    await fireEvent.focus(input);
    await fireEvent.click(view.getAllByRole("option")[0]);
    expect(block.props.value).toBe("a");
    await fireEvent.click(input);
    expect(options(view)).toHaveLength(3);
    await fireEvent.pointerDown(document.body);
    expect(options(view)).toEqual([]);
    await fireEvent.input(input, { target: { value: "zzz" } });
    await fireEvent.blur(input);
    expect(input.value).toBe("Apple");
    block.props.value = "b";
    flushSync();
    expect(input.value).toBe("Banana");
  });

  it("takes a custom value when allowed", async () => {
    const { block, view } = setup(Dropdown, "dropdown", { label: "D", value: null, allow_custom_value: true, choices: [["Apple", "a"]] });
    const input = view.getByRole("combobox") as HTMLInputElement;
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "App" } });
    expect(view.container.textContent).toContain("Press Enter to use “App”");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(block.props.value).toBe("App");
  });

  it("keeps several values as chips, up to max_choices", async () => {
    const { block, events, view } = setup(Dropdown, "dropdown", { label: "M", value: ["a"], multiselect: true, max_choices: 2, choices: fruits });
    const input = view.getByRole("combobox") as HTMLInputElement;
    expect(view.getAllByTestId("dropdown-chip")).toHaveLength(1);
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "ban" } });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(block.props.value).toEqual(["a", "b"]);
    expect(input.value).toBe("");
    expect(events).toContainEqual(["select", { index: 1, value: "b", selected: true }]);
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(view.getAllByRole("option").filter((o) => o.getAttribute("aria-disabled") === "true")).toHaveLength(1);
    await fireEvent.click(view.getByLabelText("Remove Apple"));
    expect(block.props.value).toEqual(["b"]);
    expect(events).toContainEqual(["select", { index: 0, value: "a", selected: false }]);
    await fireEvent.keyDown(input, { key: "Backspace" });
    expect(block.props.value).toEqual([]);
  });
});

describe("Html", () => {
  it("sanitises by default, shows raw HTML only when told, without a frame", () => {
    const safe = setup(Html, "html", { value: "<b>hi</b><img src=x onerror=alert(1)>" });
    expect(safe.view.container.innerHTML).toContain("<b>hi</b>");
    expect(safe.view.container.innerHTML).not.toContain("onerror");
    cleanup();
    const raw = setup(Html, "html", { value: "<img src=x onerror=alert(1)>", sanitize_html: false });
    expect(raw.view.container.innerHTML).toContain("onerror");
    expect(raw.view.container.querySelector(".container")).toBeNull();
  });
});

describe("Json", () => {
  it("shows a large value within budget, a page and a cut string at a time", async () => {
    const value = {
      list: Array.from({ length: 5000 }, (_, i) => ({ i })),
      deep: { a: { b: { c: 1 } } },
      str: "y".repeat(2000),
    };
    const { block, view } = setup(Json, "json", { value, label: "J" });
    const lines = () => view.container.querySelectorAll(".line").length;
    expect(lines()).toBeLessThan(1200);
    expect(view.container.textContent).toContain("show all 2,000 characters");
    const before = lines();
    await fireEvent.click(view.getByText(/Show 100 more/));
    expect(lines()).toBeGreaterThan(before);
    await fireEvent.click(view.getByLabelText("Expand b"));
    expect(view.getByLabelText("Collapse b")).toBeTruthy();
    block.props.value = null;
    flushSync();
    expect(view.getByTestId("json-empty")).toBeTruthy();
  });

  it("has a copy button by default and with buttons [\"copy\"], none with []", () => {
    expect(setup(Json, "json", { value: { a: 1 } }).view.getByRole("button", { name: "Copy" })).toBeTruthy();
    cleanup();
    expect(setup(Json, "json", { value: { a: 1 }, buttons: ["copy"] }).view.getByRole("button", { name: "Copy" })).toBeTruthy();
    cleanup();
    expect(setup(Json, "json", { value: { a: 1 }, buttons: [] }).view.queryByRole("button", { name: "Copy" })).toBeNull();
  });

  it("opens as many levels as `open` says", () => {
    const { view } = setup(Json, "json", { value: { a: { b: 1 } }, open: 1 });
    expect(view.getByLabelText("Expand a")).toBeTruthy();
  });
});

describe("Markdown", () => {
  it("has a copy button only when Gradio 6's buttons lists copy", () => {
    expect(setup(Markdown, "markdown", { value: "# Hi", buttons: ["copy"] }).view.getByRole("button", { name: "Copy" })).toBeTruthy();
    cleanup();
    expect(setup(Markdown, "markdown", { value: "# Hi" }).view.queryByRole("button", { name: "Copy" })).toBeNull();
  });
});

describe("Label", () => {
  const value = { label: "cat", confidences: [{ label: "dog", confidence: 0.25 }, { label: "cat", confidence: 0.75 }] };

  it("heads with the label, sorts the classes and fires select when listened to", async () => {
    const { block, events, view } = setup(Label, "label", { value }, ["select"]);
    expect(view.getByTestId("label-output-value").textContent).toBe("cat");
    const rows = view.getAllByRole("button");
    expect(rows.map((b) => b.textContent!.replace(/\s+/g, " ").trim())).toEqual(["cat 75%", "dog 25%"]);
    await fireEvent.click(rows[1]);
    expect(events).toContainEqual(["select", { index: 1, value: "dog" }]);
    block.props.value = "plain";
    flushSync();
    expect(view.getByTestId("label-output-value").textContent).toBe("plain");
    expect(view.queryAllByRole("button")).toHaveLength(0);
  });

  it("has no buttons when nothing listens to select, and keeps the top classes", () => {
    const { view } = setup(Label, "label", { value, num_top_classes: 1 });
    expect(view.queryAllByRole("button")).toHaveLength(0);
    expect(view.getAllByRole("listitem")).toHaveLength(1);
  });
});
