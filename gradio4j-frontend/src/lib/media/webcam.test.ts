// Webcam: the camera starts when it is shown and stops when it goes; the shutter, there from the
// first frame, hands over a picture; a camera that does not start says why, and Try again starts it.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Webcam from "./Webcam.svelte";
import { fakeStream, fakeVideoAndCanvas, giveCamera, named, showFirstFrame } from "../../test-support/camera";

beforeEach(fakeVideoAndCanvas);

afterEach(() => {
  cleanup();
  giveCamera(undefined);
  vi.restoreAllMocks();
});

describe("Webcam", () => {
  it("shows the camera, mirrored, with the app's constraints, and hands a picture to oncapture", async () => {
    const { stream } = fakeStream();
    const getUserMedia = vi.fn(async () => stream);
    giveCamera(getUserMedia);
    const oncapture = vi.fn();
    const view = render(Webcam, { props: { constraints: { video: { facingMode: "user" } }, oncapture } });
    await vi.waitFor(() => expect(view.container.querySelector("video")?.srcObject).toBe(stream));
    expect(view.getByText("Starting the camera…")).toBeTruthy();
    expect(view.queryByRole("button", { name: "Take a picture" })).toBeNull();
    await showFirstFrame(view.container);
    const shutter = await view.findByRole("button", { name: "Take a picture" });
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: "user" }, audio: false });
    const video = view.container.querySelector("video")!;
    expect(video.srcObject).toBe(stream);
    expect(video.classList.contains("mirror")).toBe(true);
    await fireEvent.click(shutter);
    await vi.waitFor(() => expect(oncapture).toHaveBeenCalledTimes(1));
    expect(oncapture.mock.calls[0][0]).toMatchObject({ name: "webcam.png", type: "image/png" });
  });

  it("does not mirror when told not to, and keeps the shutter still while disabled", async () => {
    giveCamera(async () => fakeStream().stream);
    const view = render(Webcam, { props: { mirror: false, disabled: true, oncapture: vi.fn() } });
    await showFirstFrame(view.container);
    const shutter = (await view.findByRole("button", { name: "Take a picture" })) as HTMLButtonElement;
    expect(shutter.disabled).toBe(true);
    expect(view.container.querySelector("video")!.classList.contains("mirror")).toBe(false);
  });

  it("lets the camera go when it is no longer shown", async () => {
    const { stream, track } = fakeStream();
    giveCamera(async () => stream);
    const view = render(Webcam, { props: { oncapture: vi.fn() } });
    await showFirstFrame(view.container);
    await view.findByRole("button", { name: "Take a picture" });
    view.unmount();
    expect(track.stop).toHaveBeenCalled();
  });

  it("says why the camera did not start, and starts it again on Try again", async () => {
    const { stream } = fakeStream();
    giveCamera(vi.fn().mockRejectedValueOnce(named("NotAllowedError")).mockResolvedValueOnce(stream));
    const view = render(Webcam, { props: { oncapture: vi.fn() } });
    expect((await view.findByRole("alert")).textContent).toMatch(/Camera access was denied/);
    await fireEvent.click(view.getByRole("button", { name: "Try again" }));
    await showFirstFrame(view.container);
    await view.findByRole("button", { name: "Take a picture" });
    expect(view.queryByRole("alert")).toBeNull();
  });

  it("says that the page must be secure when the browser offers no camera", async () => {
    const view = render(Webcam, { props: { oncapture: vi.fn() } });
    expect((await view.findByRole("alert")).textContent).toMatch(/The webcam needs a secure page/);
  });
});
