// The webcam props Gradio gives Image, Video and ImageEditor alike, read once for all of them.

/** Gradio 6's `webcam_options`, and the older names some apps and Gradio versions still write. */
export interface WebcamProps {
  webcam_options?: { mirror?: boolean; constraints?: MediaStreamConstraints | null } | null;
  /** Older Gradio's names of the webcam options. */
  mirror_webcam?: boolean;
  webcam_constraints?: MediaStreamConstraints | null;
}

export interface WebcamOptions {
  /** Whether the preview, and the picture taken, are mirrored, as a selfie camera looks. */
  mirror: boolean;
  /** The app's getUserMedia constraints; null for the camera's defaults. */
  constraints: MediaStreamConstraints | null;
}

/** The webcam options of a component's props: `webcam_options` first, then the older names; mirrored by default, as in Gradio. */
export function webcamOptions(props: WebcamProps): WebcamOptions {
  return {
    mirror: props.webcam_options?.mirror ?? props.mirror_webcam ?? true,
    constraints: props.webcam_options?.constraints ?? props.webcam_constraints ?? null,
  };
}
