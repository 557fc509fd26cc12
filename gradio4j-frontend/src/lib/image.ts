// Geometry of an image shown with `object-fit: contain` / `scale-down`: which pixel a click hit.

/** The size an image is drawn at inside a box, centred, with `object-fit` contain or scale-down. */
export function fittedSize(
  boxWidth: number,
  boxHeight: number,
  naturalWidth: number,
  naturalHeight: number,
  fit: "contain" | "scale-down" = "contain",
): { width: number; height: number; left: number; top: number } {
  if (naturalWidth <= 0 || naturalHeight <= 0 || boxWidth <= 0 || boxHeight <= 0) {
    return { width: 0, height: 0, left: 0, top: 0 };
  }
  let scale = Math.min(boxWidth / naturalWidth, boxHeight / naturalHeight);
  if (fit === "scale-down") scale = Math.min(scale, 1);
  const width = naturalWidth * scale;
  const height = naturalHeight * scale;
  return { width, height, left: (boxWidth - width) / 2, top: (boxHeight - height) / 2 };
}

/**
 * The image pixel `[x, y]` under a click at (`offsetX`, `offsetY`) in the image element's box, or
 * null when the click fell on the letterbox around the picture.
 */
export function clickedPixel(
  offsetX: number,
  offsetY: number,
  boxWidth: number,
  boxHeight: number,
  naturalWidth: number,
  naturalHeight: number,
  fit: "contain" | "scale-down" = "contain",
): [number, number] | null {
  const drawn = fittedSize(boxWidth, boxHeight, naturalWidth, naturalHeight, fit);
  if (drawn.width === 0) return null;
  const x = offsetX - drawn.left;
  const y = offsetY - drawn.top;
  if (x < 0 || y < 0 || x > drawn.width || y > drawn.height) return null;
  return [
    Math.min(naturalWidth - 1, Math.floor((x / drawn.width) * naturalWidth)),
    Math.min(naturalHeight - 1, Math.floor((y / drawn.height) * naturalHeight)),
  ];
}

/** The first image among a paste's or drop's items, as a file (pasted screenshots have no name). */
export function imageFromItems(items: DataTransferItemList | null | undefined): File | null {
  if (!items) return null;
  for (const item of Array.from(items)) {
    if (item.kind === "file" && item.type.startsWith("image/")) {
      const file = item.getAsFile();
      if (!file) continue;
      if (file.name) return file;
      const ext = item.type.slice("image/".length).replace("jpeg", "jpg").replace(/\+.*/, "");
      return new File([file], `pasted-image.${ext || "png"}`, { type: item.type });
    }
  }
  return null;
}

/** The first image on the system clipboard, through the async Clipboard API. */
export async function readClipboardImage(): Promise<File | null> {
  if (!navigator.clipboard?.read) {
    throw new Error("This browser cannot read images from the clipboard here; press Ctrl+V (⌘V) over the image area instead.");
  }
  const items = await navigator.clipboard.read();
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith("image/"));
    if (type) {
      const blob = await item.getType(type);
      const ext = type.slice("image/".length).replace("jpeg", "jpg").replace(/\+.*/, "");
      return new File([blob], `clipboard.${ext || "png"}`, { type });
    }
  }
  return null;
}
