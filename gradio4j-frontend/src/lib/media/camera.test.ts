// The camera's life (start, stop, a start that the user answers after a stop), what it says when
// it cannot start, and the picture it takes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Camera, cameraProblem, stillConstraints, takePicture } from "./camera.svelte";
import { fakeStream, giveCamera, named } from "../../test-support/camera";

afterEach(() => {
  giveCamera(undefined);
  vi.restoreAllMocks();
});

describe("stillConstraints", () => {
  it("asks for a camera at about 1280×960 and no sound when the app says nothing", () => {
    expect(stillConstraints(null)).toEqual({ video: { width: { ideal: 1280 }, height: { ideal: 960 } }, audio: false });
  });
  it("takes the app's video constraints, and never the microphone", () => {
    const video = { facingMode: "environment" };
    expect(stillConstraints({ video, audio: true })).toEqual({ video, audio: false });
    expect(stillConstraints({}).video).toEqual({ width: { ideal: 1280 }, height: { ideal: 960 } });
  });
});

describe("cameraProblem", () => {
  it("says what the user can do about a refusal, and when there is no camera", () => {
    expect(cameraProblem(named("NotAllowedError"))).toMatch(/^Camera access was denied\. Allow the camera/);
    expect(cameraProblem(named("SecurityError"))).toMatch(/^Camera access was denied/);
    expect(cameraProblem(named("NotFoundError"))).toBe("No camera was found.");
    expect(cameraProblem(named("OverconstrainedError"))).toBe("No camera was found.");
  });
  it("passes on any other failure's message", () => {
    expect(cameraProblem(named("NotReadableError", "Device in use"))).toBe("The camera could not start: Device in use");
  });
});

describe("Camera", () => {
  it("says that the page must be secure when the browser offers no camera", async () => {
    giveCamera(undefined);
    const camera = new Camera();
    await camera.start({ video: true });
    expect(camera.state).toBe("error");
    expect(camera.problem).toMatch(/secure page: open the app over https, or on localhost/);
  });

  it("goes live with the stream, and lets the camera go when stopped", async () => {
    const { stream, track } = fakeStream();
    const getUserMedia = vi.fn(async () => stream);
    giveCamera(getUserMedia);
    const camera = new Camera();
    const starting = camera.start({ video: true });
    expect(camera.state).toBe("starting");
    await starting;
    expect(getUserMedia).toHaveBeenCalledWith({ video: true });
    expect(camera.state).toBe("live");
    expect(camera.stream).toBe(stream);
    await camera.start({ video: true });
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    camera.stop();
    expect(track.stop).toHaveBeenCalled();
    expect([camera.state, camera.stream]).toEqual(["off", null]);
  });

  it("lets go of a stream that comes after it was stopped", async () => {
    const { stream, track } = fakeStream();
    let grant!: (s: MediaStream) => void;
    giveCamera(() => new Promise((resolve) => (grant = resolve)));
    const camera = new Camera();
    const starting = camera.start({ video: true });
    camera.stop();
    grant(stream);
    await starting;
    expect(track.stop).toHaveBeenCalled();
    expect([camera.state, camera.stream]).toEqual(["off", null]);
  });

  it("says why it did not start, and can start again", async () => {
    const { stream } = fakeStream();
    const getUserMedia = vi.fn().mockRejectedValueOnce(named("NotAllowedError")).mockResolvedValueOnce(stream);
    giveCamera(getUserMedia);
    const camera = new Camera();
    await camera.start({ video: true });
    expect(camera.state).toBe("error");
    expect(camera.problem).toMatch(/^Camera access was denied/);
    camera.stop();
    await camera.start({ video: true });
    expect(camera.state).toBe("live");
  });
});

describe("takePicture", () => {
  /** A video showing a 4×3 frame, and a canvas that records what is drawn on it. */
  function setup() {
    const video = document.createElement("video");
    Object.defineProperty(video, "videoWidth", { value: 4 });
    Object.defineProperty(video, "videoHeight", { value: 3 });
    const calls: string[] = [];
    const context = {
      translate: (x: number, y: number) => calls.push(`translate ${x} ${y}`),
      scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
      drawImage: (_: unknown, x: number, y: number, w: number, h: number) => calls.push(`draw ${x} ${y} ${w} ${h}`),
    };
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, "toBlob").mockImplementation((done, type) => done(new Blob(["png"], { type })));
    return { video, calls };
  }

  it("draws the frame at its size into a PNG file", async () => {
    const { video, calls } = setup();
    const file = await takePicture(video, false);
    expect(calls).toEqual(["draw 0 0 4 3"]);
    expect([file?.name, file?.type]).toEqual(["webcam.png", "image/png"]);
  });

  it("mirrors the picture as the preview is mirrored", async () => {
    const { video, calls } = setup();
    await takePicture(video, true);
    expect(calls).toEqual(["translate 4 0", "scale -1 1", "draw 0 0 4 3"]);
  });

  it("takes nothing before the first frame", async () => {
    expect(await takePicture(document.createElement("video"), true)).toBeNull();
  });
});
