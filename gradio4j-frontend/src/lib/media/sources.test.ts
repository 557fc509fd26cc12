import { describe, expect, it } from "vitest";
import { activeSource, allowedSources } from "./sources";

const image = ["upload", "webcam", "clipboard"] as const;

describe("allowedSources", () => {
  it("keeps the given order, once each, and drops sources the component does not allow", () => {
    expect(allowedSources(["clipboard", "microphone", "upload", "clipboard", 7], image)).toEqual(["clipboard", "upload"]);
  });
  it("answers the defaults when the prop is absent, and nothing for an empty list", () => {
    expect(allowedSources(undefined, image)).toEqual(["upload", "webcam", "clipboard"]);
    expect(allowedSources(null, ["upload", "microphone"], ["upload"])).toEqual(["upload"]);
    expect(allowedSources([], image)).toEqual([]);
  });
});

describe("activeSource", () => {
  it("is the first source until the user chooses one", () => {
    expect(activeSource(null, ["webcam", "upload"], "upload")).toBe("webcam");
    expect(activeSource("upload", ["webcam", "upload"], "upload")).toBe("upload");
  });
  it("falls back when the chosen source is no longer offered, or none is", () => {
    expect(activeSource("clipboard", ["webcam", "upload"], "upload")).toBe("webcam");
    expect(activeSource(null, [], "upload")).toBe("upload");
  });
});
