// The camera behind Webcam.svelte: asking the browser for it, letting it go, saying why it did not
// start, and taking a still picture of the preview.

export type CameraState = "off" | "starting" | "live" | "error";

/** About 1280×960 when the app asks for nothing: sharp enough, and most webcams have it. */
const DEFAULT_VIDEO: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 960 } };

/**
 * What to ask getUserMedia for: the app's constraints, a camera at about 1280×960 when they say
 * nothing of the video, and no sound: a still needs no microphone, nor its permission prompt.
 */
export function stillConstraints(given: MediaStreamConstraints | null | undefined): MediaStreamConstraints {
  return { ...given, video: given?.video ?? DEFAULT_VIDEO, audio: false };
}

/** What to tell the user when getUserMedia failed: what happened and what they can do. */
export function cameraProblem(error: unknown): string {
  const name = (error as Error | null)?.name;
  if (name === "NotAllowedError" || name === "SecurityError") return "Camera access was denied. Allow the camera for this page in the browser, then try again.";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "No camera was found.";
  return `The camera could not start: ${(error as Error | null)?.message ?? String(error)}`;
}

/** Browsers offer the camera to secure pages only (https, or localhost). */
const INSECURE_PAGE = "The webcam needs a secure page: open the app over https, or on localhost.";

/**
 * One camera stream: `start` asks for it (the browser may ask the user first), `stop` lets it go,
 * also while the browser is still asking, so that a late stream does not keep the camera on.
 */
export class Camera {
  state: CameraState = $state("off");
  /** Why the camera did not start, when `state` is "error". */
  problem = $state("");
  stream: MediaStream | null = $state.raw(null);
  /** Counts starts and stops: a start whose number is no longer current was stopped meanwhile. */
  private attempt = 0;

  async start(constraints: MediaStreamConstraints): Promise<void> {
    if (this.state === "starting" || this.state === "live") return;
    const devices = navigator.mediaDevices;
    if (!devices?.getUserMedia) {
      this.fail(INSECURE_PAGE);
      return;
    }
    const attempt = ++this.attempt;
    this.state = "starting";
    try {
      const stream = await devices.getUserMedia(constraints);
      if (attempt !== this.attempt) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      this.stream = stream;
      this.state = "live";
    } catch (e) {
      if (attempt === this.attempt) this.fail(cameraProblem(e));
    }
  }

  stop(): void {
    this.attempt++;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.state = "off";
  }

  private fail(problem: string): void {
    this.problem = problem;
    this.state = "error";
  }
}

/** The frame the video shows now, as a PNG file, mirrored as the preview is; null before the first frame. */
export async function takePicture(video: HTMLVideoElement, mirror: boolean): Promise<File | null> {
  if (!video.videoWidth || !video.videoHeight) return null;
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext("2d");
  if (!context) return null;
  if (mirror) {
    context.translate(canvas.width, 0);
    context.scale(-1, 1);
  }
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  return blob && new File([blob], "webcam.png", { type: "image/png" });
}
