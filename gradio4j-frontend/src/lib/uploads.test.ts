import type { FileData } from "@gradio/client";
import { describe, expect, it, vi } from "vitest";
import { Uploads, type UploadServer } from "./uploads.svelte";

const named = (name: string, size = 1) => new File([new Uint8Array(size)], name);
const served = (file: File) => ({ path: `/tmp/${file.name}`, url: `http://h/file=/tmp/${file.name}`, size: file.size, orig_name: file.name, blob: file });

/** A server whose uploads finish when the test says so. */
function slowServer(maxFileSize: number | null = null) {
  const releases: (() => void)[] = [];
  const server: UploadServer = {
    maxFileSize,
    upload: vi.fn(
      (files: File[]) => new Promise<FileData[]>((resolve) => releases.push(() => resolve(files.map(served) as unknown as FileData[]))),
    ),
  };
  return { server, release: () => releases.shift()!() };
}

describe("Uploads", () => {
  it("says which files the rules refuse before sending the others, and answers the sent ones' values", async () => {
    const { server, release } = slowServer(1024);
    const refused = vi.fn();
    const uploads = new Uploads(server, { refused, failed: vi.fn() });
    const taking = uploads.take([named("a.txt"), named("b.pdf"), named("big.txt", 4096)], { types: [".txt"], room: Infinity });
    expect(refused).toHaveBeenCalledWith(["b.pdf is not an accepted file type (.txt).", "big.txt is 4.0 KB; files may be at most 1.0 KB."]);
    expect(vi.mocked(server.upload).mock.calls[0][0].map((f) => f.name)).toEqual(["a.txt"]);
    release();
    const values = await taking;
    expect(values).toEqual([
      { path: "/tmp/a.txt", url: "http://h/file=/tmp/a.txt", size: 1, orig_name: "a.txt", mime_type: null, is_stream: false, meta: { _type: "gradio.FileData" } },
    ]);
  });

  it("holds each batch as pending until its upload ends, two files of one name apart", async () => {
    const { server, release } = slowServer();
    const uploads = new Uploads(server, { refused: vi.fn(), failed: vi.fn() });
    expect(uploads.busy).toBe(false);
    const first = uploads.take([named("image.png")], { types: null, room: Infinity });
    const second = uploads.take([named("image.png")], { types: null, room: Infinity });
    expect(uploads.pending.map((p) => p.name)).toEqual(["image.png", "image.png"]);
    expect(new Set(uploads.pending.map((p) => p.id)).size).toBe(2);
    release();
    await first;
    expect(uploads.pending).toHaveLength(1);
    expect(uploads.busy).toBe(true);
    release();
    await second;
    expect(uploads.busy).toBe(false);
  });

  it("reports a failed upload and answers no files", async () => {
    const failed = vi.fn();
    const server: UploadServer = { maxFileSize: null, upload: async () => Promise.reject(new Error("Connection lost")) };
    const uploads = new Uploads(server, { refused: vi.fn(), failed });
    expect(await uploads.take([named("a.txt")], { types: null, room: 1 })).toEqual([]);
    expect(failed).toHaveBeenCalledWith("Connection lost");
    expect(uploads.busy).toBe(false);
  });

  it("sends nothing when every file is refused", async () => {
    const { server } = slowServer();
    const uploads = new Uploads(server, { refused: vi.fn(), failed: vi.fn() });
    expect(await uploads.take([named("a.txt")], { types: null, room: 0 })).toEqual([]);
    expect(server.upload).not.toHaveBeenCalled();
  });
});
