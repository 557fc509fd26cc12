// Drives the conformance app (examples/run conformance) with the official @gradio/client,
// exactly as a Gradio user would. GRADIO_URL names the running app.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { Client, handle_file } from "@gradio/client";

const url = process.env.GRADIO_URL;
assert.ok(url, "set GRADIO_URL to the conformance app's URL");
const clients = [];
const connect = async () => {
  const client = await Client.connect(url, { events: ["data", "status", "log"] });
  clients.push(client);
  return client;
};

// The client's heartbeat streams cannot be closed from Node (its stream shim has no close), so
// exit once every test has reported.
after(() => {
  clients.forEach((client) => client.close());
  setTimeout(() => process.exit(), 300).unref();
});

async function collect(job) {
  const data = [];
  const statuses = [];
  for await (const message of job) {
    if (message.type === "data") data.push(message.data);
    if (message.type === "status") statuses.push(message);
  }
  return { data, statuses };
}

test("view_api lists every public endpoint with its parameters", async () => {
  const client = await connect();
  const api = await client.view_api();
  for (const name of ["/echo", "/add", "/stream", "/fail", "/upper_file", "/counter", "/classify", "/slow", "/progress", "/silent"]) {
    assert.ok(api.named_endpoints[name], `missing ${name}`);
  }
  assert.deepEqual(api.named_endpoints["/add"].parameters.map((p) => p.parameter_name), ["a", "b"]);
  const info = await (await fetch(`${url}/gradio_api/info`)).json();
  assert.equal(info.named_endpoints["/counter"].parameters.length, 0, "state is not an API parameter");
});

test("predict echoes any Unicode text, up to 1 MB", async () => {
  const client = await connect();
  const text = "héllo wörld — 你好 👋🏽";
  assert.deepEqual((await client.predict("/echo", [text])).data, [text]);
  const big = "x".repeat(1024 * 1024);
  assert.equal((await client.predict("/echo", { text: big })).data[0].length, big.length);
});

test("predict adds two numbers, by position and by keyword", async () => {
  const client = await connect();
  assert.deepEqual((await client.predict("/add", [2, 3.5])).data, [5.5]);
  assert.deepEqual((await client.predict("/add", { a: -1, b: 1 })).data, [0]);
});

test("submit streams each growing prefix, then completes with the full text", async () => {
  const client = await connect();
  const { data, statuses } = await collect(client.submit("/stream", ["abc"]));
  assert.deepEqual(data.map((d) => d[0]), ["a", "ab", "abc", "abc"]);
  assert.equal(statuses.at(-1).stage, "complete");
});

test("a number sent for text is taken as its text, and whole sums stay whole", async () => {
  const client = await connect();
  assert.deepEqual((await client.predict("/echo", [123])).data, ["123"]);
  assert.deepEqual((await client.predict("/add", [2, 3])).data, [5]);
});

test("an argument of the wrong type fails the call with a message naming it, and the client goes on", async () => {
  const client = await connect();
  await assert.rejects(client.predict("/add", ["x", 2]), (error) => {
    assert.match(error.message, /^Invalid argument 'a' for \/add: expected a number, got the string "x"/);
    return true;
  });
  assert.deepEqual((await client.predict("/add", [1, 1])).data, [2]);
});

test("a stream that yields nothing completes with an empty output", async () => {
  const { data, statuses } = await collect((await connect()).submit("/silent", ["x"]));
  assert.deepEqual(data, [[null]]);
  assert.equal(statuses.at(-1).stage, "complete");
});

test("a user-facing error reaches the client with its message", async () => {
  const client = await connect();
  await assert.rejects(client.predict("/fail", ["oops"]), (error) => {
    assert.equal(error.message, "bad input: oops");
    return true;
  });
  assert.deepEqual((await client.predict("/echo", ["still fine"])).data, ["still fine"], "the client keeps working");
});

test("a file is uploaded, processed and downloaded", async () => {
  const client = await connect();
  const file = new File(["hello, files"], "notes 100% final.txt", { type: "text/plain" });
  const result = await client.predict("/upper_file", [handle_file(file)]);
  const output = result.data[0];
  assert.equal(output.orig_name, "upper_notes 100% final.txt");
  const response = await fetch(output.url);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), "HELLO, FILES");
});

test("state is kept per session and never shared", async () => {
  const first = await connect();
  const second = await connect();
  assert.deepEqual((await first.predict("/counter", [])).data, [1]);
  assert.deepEqual((await first.predict("/counter", [])).data, [2]);
  assert.deepEqual((await second.predict("/counter", [])).data, [1]);
  assert.deepEqual((await first.predict("/counter", [])).data, [3]);
});

test("classify returns a label with confidences", async () => {
  const client = await connect();
  const label = (await client.predict("/classify", ["aaab"])).data[0];
  assert.equal(label.label, "positive");
  assert.deepEqual(label.confidences.map((c) => c.label), ["positive", "negative"]);
  assert.equal(label.confidences[0].confidence, 0.75);
});

test("events beyond the concurrency limit wait in the queue with a position", async () => {
  const clients = await Promise.all([1, 2, 3].map(() => connect()));
  const started = Date.now();
  const runs = await Promise.all(clients.map((client) => collect(client.submit("/slow", [0.4]))));
  const elapsed = Date.now() - started;
  for (const run of runs) assert.deepEqual(run.data.at(-1), ["done"]);
  assert.ok(elapsed >= 1100, `three 0.4 s runs with limit 1 take at least 1.2 s, took ${elapsed} ms`);
  const positions = runs.flatMap((run) => run.statuses.filter((s) => s.stage === "pending" && s.position > 0));
  assert.ok(positions.length > 0, "some run was told its queue position");
});

test("progress reaches the client while the handler runs", async () => {
  const client = await connect();
  const { data, statuses } = await collect(client.submit("/progress", [3]));
  const progress = statuses.filter((s) => s.progress_data).map((s) => s.progress_data[0]);
  assert.ok(progress.length >= 2, `expected progress updates, got ${progress.length}`);
  assert.equal(progress[0].length, 3);
  assert.match(progress.at(-1).desc, /step \d of 3/);
  assert.deepEqual(data.at(-1), ["finished"]);
});
