// Drives the agent example (a multimodal ChatInterface) with the official @gradio/client: the
// message is text and files, the client uploads the files itself, the answer streams, and a
// follow-up in the same session still sees the picture sent before.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import { Client, handle_file } from "@gradio/client";

const url = process.env.GRADIO_URL;
assert.ok(url, "set GRADIO_URL to the agent app's URL");
let client;
after(() => {
  client?.close();
  setTimeout(() => process.exit(), 300).unref();
});

/** A PNG of one colour, written by hand: signature, IHDR, one IDAT, IEND. */
function solidPng(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0))]);
}

test("a message with a picture is uploaded, answered as a stream, and remembered in the session", async () => {
  client = await Client.connect(url, { events: ["data", "status"] });
  const api = await client.view_api();
  const endpoint = api.named_endpoints["/respond"];
  assert.ok(endpoint, `no /respond in ${Object.keys(api.named_endpoints)}`);
  assert.equal(endpoint.parameters[0].component, "Multimodaltextbox");

  // Named: like Gradio, the server judges a file's type by its name (a bare Blob is "blob").
  const picture = new File([solidPng(32, 24, [30, 160, 40])], "green.png", { type: "image/png" });
  const seen = [];
  const message = { text: "What colour?", files: [handle_file(picture)] };
  for await (const event of client.submit("/respond", { message })) {
    if (event.type === "data") seen.push(event.data[0]);
    if (event.type === "status" && event.stage === "error") assert.fail(`the call failed: ${event.message}`);
  }
  // The agent's answer is several messages (its tool calls as thoughts, then the answer), in
  // Gradio's messages format; each streamed value is the answer so far.
  const last = seen.at(-1);
  assert.ok(seen.length >= 4, `streamed ${seen.length} values: ${JSON.stringify(seen)}`);
  assert.ok(Array.isArray(last), `the answer is a list of messages: ${JSON.stringify(last)}`);
  assert.deepEqual(last.map((m) => m.metadata?.title ?? null), ["Measuring the image", "Finding the main colour", null]);
  assert.deepEqual(last[0].content, [{ type: "text", text: "Result: 32×24 pixels" }]);
  assert.match(last.at(-1).content[0].text, /is 32×24 pixels, and its main colour is green/);

  const followUp = await client.predict("/respond", { message: { text: "And its size?", files: [] } });
  assert.match(followUp.data[0].at(-1).content[0].text, /32×24 pixels.*You asked: \*And its size\?\*/,
    "the picture sent before is still in the session's history");
});
