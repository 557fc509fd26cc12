// Drives the echo-chat example (a ChatInterface) with the official @gradio/client: its one API
// endpoint, named after the function, streams the answer and keeps the conversation per session.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const url = process.env.GRADIO_URL;
assert.ok(url, "set GRADIO_URL to the echo-chat app's URL");
const clients = [];
const connect = async () => {
  const client = await Client.connect(url, { events: ["data", "status"] });
  clients.push(client);
  return client;
};
after(() => {
  clients.forEach((client) => client.close());
  setTimeout(() => process.exit(), 300).unref();
});

test("the endpoint is named after the function and takes the message", async () => {
  const api = await (await connect()).view_api();
  const endpoint = api.named_endpoints["/respond"];
  assert.ok(endpoint, `no /respond in ${Object.keys(api.named_endpoints)}`);
  // The client lists the session's history as a hidden parameter, as it does for Gradio's chats.
  assert.deepEqual(endpoint.parameters.filter((p) => !p.hidden).map((p) => p.parameter_name), ["message"]);
  assert.equal(api.named_endpoints["/chat_in_page"], undefined, "the page's own endpoints are not documented");
});

test("the answer streams, and the session keeps the conversation", async () => {
  const client = await connect();
  const seen = [];
  for await (const message of client.submit("/respond", { message: "hi" })) {
    if (message.type === "data") seen.push(message.data[0]);
  }
  assert.ok(seen.length >= 3, `streamed ${seen.length} values: ${JSON.stringify(seen)}`);
  assert.equal(seen.at(-1), "You said: hi (history 0)");
  // One value per step of the answer, then the completion's, which repeats the last step.
  assert.equal(seen.at(-1), seen.at(-2), "the completion carries the whole answer");
  const steps = seen.slice(0, -1);
  for (let i = 1; i < steps.length; i++) {
    assert.ok(steps[i].startsWith(steps[i - 1]) && steps[i] !== steps[i - 1], `each step extends the last: ${JSON.stringify(seen)}`);
  }

  const second = await client.predict("/respond", { message: "again" });
  assert.equal(second.data[0], "You said: again (history 2)");

  const other = await (await connect()).predict("/respond", { message: "new" });
  assert.equal(other.data[0], "You said: new (history 0)", "another client starts its own conversation");
});
