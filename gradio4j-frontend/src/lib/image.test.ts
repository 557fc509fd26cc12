import { describe, expect, it } from "vitest";
import { clickedPixel, fittedSize, imageFromItems } from "./image";

describe("fittedSize", () => {
  it("letterboxes a wide image in a square box", () => {
    expect(fittedSize(100, 100, 200, 100)).toEqual({ width: 100, height: 50, left: 0, top: 25 });
  });
  it("does not enlarge with scale-down", () => {
    expect(fittedSize(400, 400, 100, 50, "scale-down")).toEqual({ width: 100, height: 50, left: 150, top: 175 });
    expect(fittedSize(400, 400, 100, 50, "contain")).toEqual({ width: 400, height: 200, left: 0, top: 100 });
  });
  it("answers nothing for images that have not loaded", () => {
    expect(fittedSize(100, 100, 0, 0).width).toBe(0);
  });
});

describe("clickedPixel", () => {
  it("maps a click to the natural image's pixel", () => {
    expect(clickedPixel(50, 50, 100, 100, 200, 100)).toEqual([100, 50]);
    expect(clickedPixel(0, 25, 100, 100, 200, 100)).toEqual([0, 0]);
    expect(clickedPixel(100, 75, 100, 100, 200, 100)).toEqual([199, 99]);
  });
  it("ignores clicks on the letterbox", () => {
    expect(clickedPixel(50, 10, 100, 100, 200, 100)).toBeNull();
    expect(clickedPixel(50, 90, 100, 100, 200, 100)).toBeNull();
  });
});

describe("imageFromItems", () => {
  const item = (kind: string, type: string, file: File | null) => ({ kind, type, getAsFile: () => file }) as unknown as DataTransferItem;
  const list = (...items: DataTransferItem[]) => items as unknown as DataTransferItemList;

  it("takes the first image file", () => {
    const png = new File(["x"], "shot.png", { type: "image/png" });
    expect(imageFromItems(list(item("string", "text/plain", null), item("file", "image/png", png)))).toBe(png);
  });
  it("names a nameless pasted image", () => {
    const blob = new File(["x"], "", { type: "image/jpeg" });
    expect(imageFromItems(list(item("file", "image/jpeg", blob)))?.name).toBe("pasted-image.jpg");
  });
  it("answers null without an image", () => {
    expect(imageFromItems(list(item("file", "application/pdf", new File(["x"], "a.pdf"))))).toBeNull();
    expect(imageFromItems(null)).toBeNull();
  });
});
