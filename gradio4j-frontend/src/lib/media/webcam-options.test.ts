import { describe, expect, it } from "vitest";
import { webcamOptions } from "./webcam-options";

describe("webcamOptions", () => {
  const hd = { video: { width: 1920 } };
  const vga = { video: { width: 640 } };

  it("mirrors by default, with the camera's own constraints", () => {
    expect(webcamOptions({})).toEqual({ mirror: true, constraints: null });
  });
  it("reads Gradio 6's webcam_options before the older names", () => {
    expect(webcamOptions({ webcam_options: { mirror: false, constraints: hd }, mirror_webcam: true, webcam_constraints: vga })).toEqual({ mirror: false, constraints: hd });
  });
  it("still reads the older names alone", () => {
    expect(webcamOptions({ mirror_webcam: false, webcam_constraints: vga })).toEqual({ mirror: false, constraints: vga });
    expect(webcamOptions({ webcam_options: { mirror: false }, webcam_constraints: vga })).toEqual({ mirror: false, constraints: vga });
  });
});
