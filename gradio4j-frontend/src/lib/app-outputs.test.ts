// App.applyOutputs: results written into the blocks, and `change` fired only for a changed value.
import { describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import { appConfig, listener } from "../test-support/configs";

/** An app with a chatbot (block 1) and a textbox (block 2), whose `change` events are recorded. */
function setup(listened: [number, string][]) {
  const app = new App(appConfig([
    { id: 1, type: "chatbot", props: { value: [] } },
    { id: 2, type: "textbox", props: { value: "" } },
  ], { dependencies: listened.map((target, i) => listener(i, target, { queue: true })), devMode: false }));
  const fired: [number, string][] = [];
  app.trigger = ((id: number, event: string) => void fired.push([id, event])) as App["trigger"];
  const write = (values: unknown[]) =>
    (app as unknown as { applyOutputs(b: unknown[], d: unknown[]): void }).applyOutputs([app.blocks.get(1), app.blocks.get(2)], values);
  return { app, fired, write };
}

const message = (text: string) => ({ role: "assistant", metadata: null, options: null, content: [{ type: "text", text }] });

describe("App.applyOutputs", () => {
  it("fires change for a listened block whose value changed, and not for an equal value", () => {
    const { app, fired, write } = setup([[1, "change"], [2, "change"]]);
    write([[message("Hel")], ""]);
    write([[message("Hello")], ""]);
    write([[message("Hello")], { __type__: "update", value: "" }]);
    expect(fired).toEqual([[1, "change"], [1, "change"]]);
    expect(app.blocks.get(1)!.props.value).toEqual([message("Hello")]);
  });

  it("writes values into blocks nobody listens to without firing anything", () => {
    const { app, fired, write } = setup([[2, "submit"]]);
    write([[message("Hi")], "typed"]);
    expect(fired).toEqual([]);
    expect(app.blocks.get(1)!.props.value).toEqual([message("Hi")]);
    expect(app.blocks.get(2)!.props.value).toBe("typed");
  });

  it("sees a change in a value the client edited in place, as it applies streamed diffs", () => {
    const { fired, write } = setup([[1, "change"]]);
    const streamed = [message("Hel")];
    write([streamed, ""]);
    streamed[0].content[0].text += "lo";
    write([streamed, ""]);
    expect(fired).toEqual([[1, "change"], [1, "change"]]);
  });
});
