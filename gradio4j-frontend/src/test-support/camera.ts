// A camera for tests: jsdom has none (as an insecure page has none).
import { vi } from "vitest";

/** A stream of one track, which records being stopped. */
export function fakeStream() {
  const track = { stop: vi.fn() };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

/** Gives the page a camera whose getUserMedia is `getUserMedia`; undefined takes it away. */
export function giveCamera(getUserMedia: ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | undefined) {
  Object.defineProperty(navigator, "mediaDevices", { value: getUserMedia && { getUserMedia }, configurable: true });
}

/** An Error as the browser names its kinds (NotAllowedError…). */
export const named = (name: string, message = "") => Object.assign(new Error(message), { name });

/** jsdom plays no video and draws nothing: a video showing a 4×3 frame, and a canvas that makes a PNG of it. */
export function fakeVideoAndCanvas() {
  vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue();
  vi.spyOn(HTMLVideoElement.prototype, "videoWidth", "get").mockReturnValue(4);
  vi.spyOn(HTMLVideoElement.prototype, "videoHeight", "get").mockReturnValue(3);
  const context = { translate() {}, scale() {}, drawImage() {} };
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, "toBlob").mockImplementation((done, type) => done(new Blob(["png"], { type })));
}

/** The preview's first frame, which the shutter waits for: once the camera's stream is on the video. */
export async function showFirstFrame(container: HTMLElement): Promise<void> {
  const video = await vi.waitFor(() => {
    const found = container.querySelector("video");
    if (!found?.srcObject) throw new Error("the camera is not on the video yet");
    return found;
  });
  video.dispatchEvent(new Event("loadeddata"));
}
