import { describe, expect, it, vi } from "vitest";
import { endpointsOf, infoUrl, loadEndpoints, normalizePrefix } from "./info";

/** An `/info` answer as gradio4j's ApiInfo builds it. */
const info = {
  named_endpoints: {
    "/greet": {
      parameters: [
        {
          label: "Name",
          parameter_name: "name",
          parameter_has_default: true,
          parameter_default: "World",
          type: { type: "string" },
          python_type: { type: "str", description: "" },
          component: "Textbox",
          example_input: "Hello!!",
        },
        {
          label: "parameter_7",
          parameter_name: "photo",
          parameter_has_default: false,
          parameter_default: null,
          type: { title: "FileData", type: "object" },
          python_type: { type: "filepath", description: "a picture" },
          component: "Image",
          example_input: { path: "https://x/bus.png", url: null, meta: { _type: "gradio.FileData" } },
        },
      ],
      returns: [{ label: "Greeting", type: { type: "string" }, python_type: { type: "str", description: "the greeting" }, component: "Textbox" }],
      api_visibility: "public",
      description: "Greets someone.",
    },
    "/hidden": { parameters: [], returns: [], api_visibility: "private", description: "" },
    "/later": { parameters: [], returns: [], api_visibility: "undocumented", description: "" },
    "/bare": {},
  },
  unnamed_endpoints: {},
};

describe("endpointsOf", () => {
  it("lists the public endpoints in order, with their parameters and returns", () => {
    const endpoints = endpointsOf(info);
    expect(endpoints.map((e) => e.name)).toEqual(["/greet", "/bare"]);
    const [greet, bare] = endpoints;
    expect(greet.description).toBe("Greets someone.");
    expect(greet.parameters).toEqual([
      {
        name: "name", label: "Name", type: "str", description: "", component: "Textbox",
        hasDefault: true, defaultValue: "World", example: "Hello!!",
      },
      {
        name: "photo", label: "parameter_7", type: "filepath", description: "a picture", component: "Image",
        hasDefault: false, defaultValue: undefined,
        example: { path: "https://x/bus.png", url: null, meta: { _type: "gradio.FileData" } },
      },
    ]);
    expect(greet.returns).toEqual([{ label: "Greeting", type: "str", description: "the greeting", component: "Textbox" }]);
    expect(bare).toEqual({ name: "/bare", description: "", parameters: [], returns: [] });
  });

  it("fills in what an answer leaves out", () => {
    const [endpoint] = endpointsOf({
      named_endpoints: {
        noslash: {
          parameters: [{ type: { type: "number" }, parameter_has_default: true, parameter_default: null }, { label: "x" }],
          returns: [{}],
        },
      },
    });
    expect(endpoint.name).toBe("/noslash");
    expect(endpoint.parameters.map((p) => p.name)).toEqual(["param_0", "param_1"]);
    expect(endpoint.parameters[0]).toMatchObject({ type: "number", hasDefault: true, defaultValue: null, example: null });
    expect(endpoint.parameters[1]).toMatchObject({ type: "Any", hasDefault: false, example: null });
    expect(endpoint.returns).toEqual([{ label: "", type: "Any", description: "", component: "" }]);
  });

  it("refuses what is not an API description", () => {
    expect(() => endpointsOf(null)).toThrow(/named_endpoints/);
    expect(() => endpointsOf({ detail: "Not Found" })).toThrow(/named_endpoints/);
    expect(() => endpointsOf({ named_endpoints: [] })).toThrow(/named_endpoints/);
    expect(endpointsOf({ named_endpoints: {} })).toEqual([]);
  });
});

describe("infoUrl", () => {
  it("joins the root and the API prefix", () => {
    expect(infoUrl("http://h:7860", "/gradio_api")).toBe("http://h:7860/gradio_api/info");
    expect(infoUrl("http://h:7860/", "gradio_api/")).toBe("http://h:7860/gradio_api/info");
    expect(infoUrl("http://h/app", "")).toBe("http://h/app/info");
    expect(normalizePrefix(undefined)).toBe("");
    expect(normalizePrefix("//x//")).toBe("/x");
  });
});

describe("loadEndpoints", () => {
  function answer(body: string, init: ResponseInit = {}) {
    return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, init));
  }

  it("fetches the description and tidies it", async () => {
    const fetcher = answer(JSON.stringify(info), { headers: { "Content-Type": "application/json" } });
    const endpoints = await loadEndpoints("http://h/gradio_api/info", fetcher as typeof fetch);
    expect(fetcher).toHaveBeenCalledOnce();
    expect(fetcher.mock.calls[0][0]).toBe("http://h/gradio_api/info");
    expect(endpoints.map((e) => e.name)).toEqual(["/greet", "/bare"]);
  });

  it("tells an HTTP error with the server's message", async () => {
    const fetcher = answer('{"detail":"Not authenticated"}', { status: 401, statusText: "Unauthorized" });
    await expect(loadEndpoints("u", fetcher as typeof fetch)).rejects.toThrow('The server answered HTTP 401 Unauthorized: {"detail":"Not authenticated"}');
  });

  it("shortens a long error page", async () => {
    const fetcher = answer("x".repeat(1000), { status: 500 });
    const error = await loadEndpoints("u", fetcher as typeof fetch).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^The server answered HTTP 500: x{300}…$/);
  });

  it("tells when the server cannot be reached", async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(loadEndpoints("u", fetcher as unknown as typeof fetch)).rejects.toThrow("Cannot reach the server: Failed to fetch");
  });

  it("tells when the answer is not JSON, or not an API description", async () => {
    await expect(loadEndpoints("u", answer("<html>login</html>") as typeof fetch)).rejects.toThrow("not JSON");
    await expect(loadEndpoints("u", answer('{"a": 1}') as typeof fetch)).rejects.toThrow("named_endpoints");
  });

  it("lets an abort through as it is", async () => {
    const controller = new AbortController();
    const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      expect(init?.signal).toBe(controller.signal);
      throw new DOMException("aborted", "AbortError");
    });
    controller.abort();
    await expect(loadEndpoints("u", fetcher as unknown as typeof fetch, controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});
