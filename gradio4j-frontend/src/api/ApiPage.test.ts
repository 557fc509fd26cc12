import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../lib/app.svelte";
import ApiPage from "./ApiPage.svelte";

const info = {
  named_endpoints: {
    "/echo": {
      parameters: [
        {
          label: "Text", parameter_name: "text", parameter_has_default: false, parameter_default: null,
          type: { type: "string" }, python_type: { type: "str", description: "" }, component: "Textbox", example_input: "hello",
        },
        {
          label: "Times", parameter_name: "times", parameter_has_default: true, parameter_default: 2,
          type: { type: "number" }, python_type: { type: "float", description: "" }, component: "Number", example_input: 3,
        },
      ],
      returns: [{ label: "Echo", type: { type: "string" }, python_type: { type: "str", description: "" }, component: "Textbox" }],
      api_visibility: "public",
      description: "Says it again.",
    },
    "/ping": { parameters: [], returns: [], api_visibility: "public", description: "" },
    "/secret": { parameters: [], returns: [], api_visibility: "private", description: "" },
  },
  unnamed_endpoints: {},
};

function fakeApp(root = "http://127.0.0.1:7860"): App {
  return { root, config: { root, api_prefix: "/gradio_api", title: "Echo app" } } as unknown as App;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, "", "/");
  fetchMock = vi.fn(async () => json(info));
  vi.stubGlobal("fetch", fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function snippetText(endpoint: HTMLElement): string {
  return within(endpoint).getByTestId("code-block").querySelector("code")!.textContent ?? "";
}

describe("ApiPage", () => {
  it("fetches {root}/gradio_api/info and lists the public endpoints", async () => {
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect(screen.getByRole("dialog", { name: "Use via API" })).toBeTruthy();
    expect(screen.getByTestId("api-loading")).toBeTruthy();
    const endpoints = await screen.findAllByTestId("api-endpoint");
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(fetchMock.mock.calls[0][0]).toBe("http://127.0.0.1:7860/gradio_api/info");
    expect(endpoints).toHaveLength(2);
    expect(endpoints[0].querySelector("h3")!.textContent).toContain("/echo");
    expect(endpoints[1].querySelector("h3")!.textContent).toContain("/ping");
    expect(screen.queryByText("/secret")).toBeNull();
    expect(screen.getByText(/2 public endpoints of Echo app/)).toBeTruthy();
    expect(within(endpoints[0]).getByText("Says it again.")).toBeTruthy();
  });

  it("shows each parameter's name, type, component and default or required, and the returns", async () => {
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    const [echo, ping] = await screen.findAllByTestId("api-endpoint");
    const parameters = within(echo).getByTestId("api-parameters").querySelectorAll("li");
    expect(parameters).toHaveLength(2);
    expect(parameters[0].textContent).toContain("text");
    expect(parameters[0].textContent).toContain("str");
    expect(parameters[0].textContent).toContain("Textbox “Text”");
    expect(parameters[0].textContent).toContain("required");
    expect(parameters[1].textContent).toContain("times");
    expect(parameters[1].textContent).toMatch(/default\s*2/);
    expect(within(echo).getByTestId("api-returns").textContent).toContain("Textbox “Echo”");
    expect(ping.textContent).toContain("Accepts 0 parameters");
    expect(ping.textContent).toContain("Returns 0 values");
  });

  it("shows the Java snippet first, and the others on their tabs", async () => {
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    let [echo] = await screen.findAllByTestId("api-endpoint");
    expect(screen.getByRole("tab", { name: "Java" }).getAttribute("aria-selected")).toBe("true");
    expect(snippetText(echo)).toContain('var result = client.predict("/echo",\n        "hello",  // text\n        3);       // times');
    expect(screen.getByText(/<artifactId>gradio4j-client<\/artifactId>/)).toBeTruthy();

    await fireEvent.click(screen.getByRole("tab", { name: "Python" }));
    [echo] = screen.getAllByTestId("api-endpoint");
    expect(snippetText(echo)).toContain('    text="hello",\n    times=3,\n    api_name="/echo",');
    expect(screen.getByText("pip install gradio_client")).toBeTruthy();
    expect(localStorage.getItem("gradio4j.api.language")).toBe("python");

    await fireEvent.click(screen.getByRole("tab", { name: "JavaScript" }));
    [echo] = screen.getAllByTestId("api-endpoint");
    expect(snippetText(echo)).toContain('client.predict("/echo", {\n  text: "hello",\n  times: 3,\n});');
    expect(screen.getByText("npm i @gradio/client")).toBeTruthy();

    await fireEvent.click(screen.getByRole("tab", { name: "cURL" }));
    [echo] = screen.getAllByTestId("api-endpoint");
    expect(snippetText(echo)).toContain(`-d '{"data": ["hello", 3]}'`);
    expect(snippetText(echo)).toContain("curl -N http://127.0.0.1:7860/gradio_api/call/echo/$EVENT_ID");
  });

  it("moves between tabs with the arrow keys", async () => {
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    await screen.findAllByTestId("api-endpoint");
    await fireEvent.keyDown(screen.getByRole("tab", { name: "Java" }), { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Python" }).getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(screen.getByRole("tab", { name: "Python" }), { key: "End" });
    expect(screen.getByRole("tab", { name: "cURL" }).getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(screen.getByRole("tab", { name: "cURL" }), { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Java" }).getAttribute("aria-selected")).toBe("true");
  });

  it("remembers the language of the last visit", async () => {
    localStorage.setItem("gradio4j.api.language", "javascript");
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect(screen.getByRole("tab", { name: "JavaScript" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows a clear error when the description cannot be loaded, and tries again", async () => {
    fetchMock.mockImplementationOnce(async () => new Response("boom", { status: 500, statusText: "Server Error" }));
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    const alert = await screen.findByTestId("api-error");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("The API description could not be loaded.");
    expect(alert.textContent).toContain("HTTP 500 Server Error: boom");
    expect(screen.queryAllByTestId("api-endpoint")).toHaveLength(0);

    await fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findAllByTestId("api-endpoint")).toHaveLength(2);
    expect(screen.queryByTestId("api-error")).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("tells a network failure", async () => {
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError("Failed to fetch");
    });
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect((await screen.findByTestId("api-error")).textContent).toContain("Cannot reach the server: Failed to fetch");
  });

  it("says so when the app has no public endpoint", async () => {
    fetchMock.mockImplementationOnce(async () => json({ named_endpoints: {}, unnamed_endpoints: {} }));
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect((await screen.findByTestId("api-empty")).textContent).toContain("no public API endpoints");
  });

  it("closes with Escape, the close button and the backdrop", async () => {
    const onclose = vi.fn();
    render(ApiPage, { props: { app: fakeApp(), onclose } });
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.keyDown(window, { key: "Enter" });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole("button", { name: "Close the API page" }));
    expect(onclose).toHaveBeenCalledTimes(2);
    await fireEvent.click(screen.getByTestId("api-backdrop"));
    expect(onclose).toHaveBeenCalledTimes(3);
  });

  it("takes the focus, and gives it back when closed", async () => {
    const opener = document.createElement("button");
    document.body.appendChild(opener);
    opener.focus();
    const { unmount } = render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect(document.activeElement).toBe(screen.getByRole("dialog"));
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it("keeps Tab inside the panel", async () => {
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    await screen.findAllByTestId("api-endpoint");
    const dialog = screen.getByRole("dialog");
    const close = screen.getByRole("button", { name: "Close the API page" });
    // From the panel itself, Shift+Tab wraps to its last control.
    await fireEvent.keyDown(window, { key: "Tab", shiftKey: true });
    const last = document.activeElement as HTMLElement;
    expect(dialog.contains(last)).toBe(true);
    expect(last).not.toBe(dialog);
    // From the last control, Tab wraps to the first: the close button.
    await fireEvent.keyDown(window, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    await fireEvent.keyDown(window, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it("puts ?view=api in the address while open, and locks the page's scrolling", async () => {
    history.replaceState(null, "", "/?__theme=dark#top");
    const { unmount } = render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    expect(new URL(location.href).searchParams.get("view")).toBe("api");
    expect(new URL(location.href).searchParams.get("__theme")).toBe("dark");
    expect(location.hash).toBe("#top");
    expect(document.body.style.overflow).toBe("hidden");
    unmount();
    expect(new URL(location.href).searchParams.has("view")).toBe(false);
    expect(new URL(location.href).searchParams.get("__theme")).toBe("dark");
    expect(document.body.style.overflow).toBe("");
  });

  it("copies a snippet", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(ApiPage, { props: { app: fakeApp(), onclose: () => {} } });
    const [echo] = await screen.findAllByTestId("api-endpoint");
    const button = within(echo).getByTestId("copy");
    await fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toContain("Copied"));
    expect(writeText).toHaveBeenCalledWith(snippetText(echo));
  });
});
