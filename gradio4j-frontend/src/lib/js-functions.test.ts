import { describe, expect, it } from "vitest";
import { callJs } from "./js-functions";

describe("callJs", () => {
  it("calls an arrow function's source with the inputs", async () => {
    expect(await callJs("(a, b) => a + b", [2, 3])).toEqual([5]);
    expect(await callJs("(text) => text.toUpperCase()", ["hello"])).toEqual(["HELLO"]);
  });

  it("calls a function expression", async () => {
    expect(await callJs("function (x, y) { return x * y; }", [4, 5])).toEqual([20]);
  });

  it("passes the inputs in order, whatever their type", async () => {
    const inputs = [null, { a: 1 }, [1, 2], "s", true];
    expect(await callJs("(...args) => args", inputs)).toEqual(inputs);
  });

  it("keeps an array result as the list of outputs", async () => {
    expect(await callJs("(a, b) => [b, a]", [1, 2])).toEqual([2, 1]);
    expect(await callJs("() => []", [])).toEqual([]);
  });

  it("wraps any other result in a list of one", async () => {
    expect(await callJs("() => ({ value: 1 })", [])).toEqual([{ value: 1 }]);
    expect(await callJs("() => null", [])).toEqual([null]);
    expect(await callJs("() => {}", [])).toEqual([undefined]);
    expect(await callJs("() => 'text'", [])).toEqual(["text"]);
  });

  it("awaits async functions, and promises", async () => {
    expect(await callJs("async (x) => { await new Promise((r) => setTimeout(r, 5)); return x * 2; }", [21])).toEqual([42]);
    expect(await callJs("async (a, b) => [a, b]", ["x", "y"])).toEqual(["x", "y"]);
    expect(await callJs("(x) => Promise.resolve(x + 1)", [1])).toEqual([2]);
  });

  it("rejects with the function's error", async () => {
    await expect(callJs("() => { throw new Error('boom'); }", [])).rejects.toThrow("boom");
    await expect(callJs("async () => { throw new TypeError('later'); }", [])).rejects.toThrow(TypeError);
  });

  it("rejects a source that is not JavaScript", async () => {
    await expect(callJs("(a => ", [])).rejects.toThrow(SyntaxError);
  });

  it("rejects a source that is not a function", async () => {
    await expect(callJs("42", [])).rejects.toThrow(TypeError);
  });

  it("compiles each source once", async () => {
    const g = globalThis as { __jsFunctionsCompiled?: number };
    g.__jsFunctionsCompiled = 0;
    // Evaluating the source counts; calling the function it yields does not.
    const source = "(globalThis.__jsFunctionsCompiled++, (x) => x + 1)";
    expect(await callJs(source, [1])).toEqual([2]);
    expect(await callJs(source, [2])).toEqual([3]);
    expect(g.__jsFunctionsCompiled).toBe(1);
    delete g.__jsFunctionsCompiled;
  });
});
