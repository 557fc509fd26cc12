// The failed-reload overlay: its headline read from javac's output or a stack trace, and what it shows.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeReloadError } from "./reload-error";
import ReloadError from "./ReloadError.svelte";

afterEach(() => cleanup());

const javac = [
  "src/main/java/demo/App.java:12: error: ';' expected",
  "        var greeting = \"Hello\"",
  "                               ^",
  "1 error",
].join("\n");

const trace = [
  "java.lang.IllegalStateException: Duplicate key: name",
  "\tat dev.gradio4j.Blocks.add(Blocks.java:88)",
  "\tat demo.App.build(App.java:20)",
].join("\n");

describe("describeReloadError", () => {
  it("finds javac's place and message", () => {
    expect(describeReloadError(javac)).toEqual({
      location: { file: "src/main/java/demo/App.java", line: 12 },
      message: "';' expected",
    });
  });

  it("prefers the first error to an earlier warning", () => {
    const text = `App.java:3: warning: [deprecation] old() is deprecated\nApp.java:9: error: cannot find symbol\nApp.java:15: error: missing return statement`;
    expect(describeReloadError(text)).toEqual({ location: { file: "App.java", line: 9 }, message: "cannot find symbol" });
  });

  it("takes a lone warning, Windows paths and line ends", () => {
    const text = "C:\\work\\demo\\App.java:4: warning: unchecked call\r\n  list.add(x);\r\n";
    expect(describeReloadError(text)).toEqual({ location: { file: "C:\\work\\demo\\App.java", line: 4 }, message: "unchecked call" });
  });

  it("takes a stack trace's first line as the message, without a place", () => {
    expect(describeReloadError(`\n${trace}`)).toEqual({ location: null, message: "java.lang.IllegalStateException: Duplicate key: name" });
  });
});

describe("ReloadError", () => {
  it("shows the heading, the highlighted place, the message, the full text and the note", () => {
    const view = render(ReloadError, { props: { text: javac, onclose: () => {} } });
    const overlay = view.getByTestId("reload-error");
    expect(view.getByRole("alertdialog", { name: "Reload failed" })).toBe(overlay);
    expect(view.getByTestId("reload-error-location").textContent).toBe("src/main/java/demo/App.java:12");
    expect(overlay.querySelector(".message")?.textContent).toBe("';' expected");
    expect(overlay.querySelector("pre")?.textContent).toBe(javac);
    expect(overlay.textContent).toContain("The previous version is still running; save again to retry.");
  });

  it("shows no place for a stack trace", () => {
    const view = render(ReloadError, { props: { text: trace, onclose: () => {} } });
    expect(view.queryByTestId("reload-error-location")).toBeNull();
    expect(view.getByTestId("reload-error").querySelector(".message")?.textContent).toBe("java.lang.IllegalStateException: Duplicate key: name");
  });

  it("closes with its button, which has the focus, and with Escape", async () => {
    const onclose = vi.fn();
    const view = render(ReloadError, { props: { text: javac, onclose } });
    const close = view.getByRole("button", { name: "Close" });
    expect(document.activeElement).toBe(close);
    await fireEvent.click(close);
    await fireEvent.keyDown(window, { key: "Escape" });
    await fireEvent.keyDown(window, { key: "Enter" });
    expect(onclose).toHaveBeenCalledTimes(2);
  });
});
