// ChoiceGroup: how the group of CheckboxGroup and Radio is named and described, and its empty state.
import { cleanup, render } from "@testing-library/svelte";
import { createRawSnippet } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { BlockState } from "./block.svelte";
import ChoiceGroup from "./ChoiceGroup.svelte";

afterEach(() => cleanup());

const pill = createRawSnippet(() => ({ render: () => "<label>A pill</label>" }));

function setup(props: Record<string, unknown>, empty = false) {
  const block = new BlockState({ id: 1, type: "radio", props });
  return render(ChoiceGroup, { props: { block, class: "radio", role: "radiogroup", name: "Radio", empty, children: pill } });
}

describe("ChoiceGroup", () => {
  it("is named by its shown label and described by its info", () => {
    const view = setup({ label: "Size", info: "Pick one" });
    const group = view.getByRole("radiogroup", { name: "Size" });
    expect(group.getAttribute("aria-label")).toBeNull();
    expect(document.getElementById(group.getAttribute("aria-describedby")!)?.textContent).toBe("Pick one");
    expect(view.getByText("A pill")).toBeTruthy();
  });

  it("keeps a hidden label as the name, else its own, and says when there are no choices", () => {
    const hidden = setup({ label: "Size", show_label: false }, true);
    const group = hidden.getByRole("radiogroup", { name: "Size" });
    expect(group.getAttribute("aria-describedby")).toBeNull();
    expect(hidden.queryByText("Size")).toBeNull();
    expect(hidden.getByText("No choices")).toBeTruthy();
    expect(hidden.queryByText("A pill")).toBeNull();
    cleanup();
    expect(setup({}).getByRole("radiogroup", { name: "Radio" })).toBeTruthy();
  });
});
