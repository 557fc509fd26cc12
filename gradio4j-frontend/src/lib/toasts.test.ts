import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Toasts } from "./toasts.svelte";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("Toasts", () => {
  it("starts empty", () => {
    expect(new Toasts().items).toEqual([]);
  });

  it("shows a message with its level, title and duration, newest last", () => {
    const toasts = new Toasts();
    toasts.show("warning", "Disk almost full", "Storage", 5);
    toasts.show("info", "Saved");
    expect(toasts.items).toMatchObject([
      { level: "warning", message: "Disk almost full", title: "Storage", duration: 5 },
      { level: "info", message: "Saved", title: "Info", duration: 10 },
    ]);
  });

  it("titles a message after its level when it has no title", () => {
    const toasts = new Toasts();
    toasts.show("error", "a");
    toasts.show("warning", "b", null);
    toasts.show("info", "c", undefined);
    toasts.show("success", "d");
    expect(toasts.items.map((t) => t.title)).toEqual(["Error", "Warning", "Info", "Success"]);
  });

  it("keeps an empty title the app chose", () => {
    const toasts = new Toasts();
    toasts.show("info", "x", "");
    expect(toasts.items[0].title).toBe("");
  });

  it("gives each toast its own id, across lists", () => {
    const a = new Toasts();
    const b = new Toasts();
    a.show("info", "1");
    b.show("info", "2");
    a.show("info", "3");
    const ids = [...a.items, ...b.items].map((t) => t.id);
    expect(new Set(ids).size).toBe(3);
    expect(a.items[1].id).toBeGreaterThan(a.items[0].id);
  });

  it("closes a toast by id, leaving the others", () => {
    const toasts = new Toasts();
    toasts.show("info", "first", null, null);
    toasts.show("info", "second", null, null);
    toasts.show("info", "third", null, null);
    toasts.close(toasts.items[1].id);
    expect(toasts.items.map((t) => t.message)).toEqual(["first", "third"]);
    toasts.close(-1);
    expect(toasts.items).toHaveLength(2);
  });

  it("closes itself after its duration", () => {
    const toasts = new Toasts();
    toasts.show("success", "done", null, 3);
    vi.advanceTimersByTime(2999);
    expect(toasts.items).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(toasts.items).toHaveLength(0);
  });

  it("closes itself after 10 seconds by default", () => {
    const toasts = new Toasts();
    toasts.show("error", "failed");
    vi.advanceTimersByTime(9999);
    expect(toasts.items).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(toasts.items).toHaveLength(0);
  });

  it("stays until closed when its duration is null", () => {
    const toasts = new Toasts();
    toasts.show("error", "sticky", "Error", null);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(toasts.items.map((t) => t.message)).toEqual(["sticky"]);
    toasts.close(toasts.items[0].id);
    expect(toasts.items).toEqual([]);
  });

  it("stays until closed when its duration is 0, as Gradio documents", () => {
    const toasts = new Toasts();
    toasts.show("warning", "sticky too", null, 0);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(toasts.items.map((t) => t.message)).toEqual(["sticky too"]);
  });

  it("closes each toast on its own timer", () => {
    const toasts = new Toasts();
    toasts.show("info", "short", null, 1);
    toasts.show("info", "long", null, 5);
    toasts.show("info", "sticky", null, null);
    vi.advanceTimersByTime(1000);
    expect(toasts.items.map((t) => t.message)).toEqual(["long", "sticky"]);
    vi.advanceTimersByTime(4000);
    expect(toasts.items.map((t) => t.message)).toEqual(["sticky"]);
  });

  it("does nothing when a toast closed by hand times out later", () => {
    const toasts = new Toasts();
    toasts.show("info", "closed early", null, 2);
    const early = toasts.items[0].id;
    toasts.close(early);
    toasts.show("info", "newer", null, null);
    vi.advanceTimersByTime(2000);
    expect(toasts.items.map((t) => t.message)).toEqual(["newer"]);
  });
});
