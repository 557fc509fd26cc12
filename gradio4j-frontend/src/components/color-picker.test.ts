// ColorPicker with a real App (its events recorded instead of sent): what the swatch shows and
// what picking a colour fires.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../lib/app.svelte";
import { appConfig, listener } from "../test-support/configs";
import ColorPicker, { swatchColor } from "./ColorPicker.svelte";

afterEach(() => cleanup());

function setup(props: Record<string, unknown>) {
  const config = appConfig([{ id: 1, type: "colorpicker", props: { interactive: true, ...props } }],
    { dependencies: ["input", "change", "submit", "focus", "blur"].map((event, i) => listener(i, [1, event])) });
  const app = new App(config);
  const events: string[] = [];
  app.trigger = ((_id: number, event: string) => {
    events.push(event);
  }) as App["trigger"];
  const block = app.blocks.get(1)!;
  const view = render(ColorPicker, { props: { block, ctx: app.contextFor(block) } });
  return { block, events, view };
}

describe("ColorPicker", () => {
  it("shows its colour with its label, and black when it has none", () => {
    const { view } = setup({ label: "Accent", value: "#FF8800" });
    const input = view.getByLabelText("Accent") as HTMLInputElement;
    expect(input.type).toBe("color");
    expect(input.value).toBe("#ff8800");
    expect(view.getByText("#ff8800")).toBeTruthy();
    expect(swatchColor(null)).toBe("#000000");
    expect(swatchColor("#abc")).toBe("#aabbcc");
    expect(swatchColor("red")).toBe("#000000");
  });

  it("takes a picked colour as its value, and submits when the picker closes", async () => {
    const { block, events, view } = setup({ label: "Accent", value: "#000000" });
    const input = view.getByLabelText("Accent") as HTMLInputElement;
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "#123456" } });
    await fireEvent.change(input);
    await fireEvent.blur(input);
    expect(block.props.value).toBe("#123456");
    expect(events).toEqual(["focus", "input", "change", "submit", "blur"]);
  });

  it("cannot be changed when not interactive", () => {
    const { view } = setup({ label: "Accent", interactive: false });
    expect((view.getByLabelText("Accent") as HTMLInputElement).disabled).toBe(true);
  });
});
