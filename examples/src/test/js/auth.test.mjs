// Drives an app behind a login (examples/run auth: TeamTools) with the official @gradio/client:
// it logs in as it does against Gradio, handlers see the user, and a wrong password is refused.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const url = process.env.GRADIO_URL;
assert.ok(url, "set GRADIO_URL to the auth example's URL");
const clients = [];
after(() => {
  clients.forEach((client) => client.close());
  setTimeout(() => process.exit(), 300).unref();
});

test("a logged-in client uses the app as its user, and the admin's endpoint refuses a guest", async () => {
  const guest = await Client.connect(url, { auth: ["guest", "guest1234"] });
  clients.push(guest);
  assert.deepEqual((await guest.predict("/count_words", ["one two three"])).data, ["3 words, counted for guest."]);
  await assert.rejects(guest.predict("/usage_report", []), (error) => {
    assert.equal(error.message, "Only the admin may see the usage report.");
    return true;
  });
  const admin = await Client.connect(url, { auth: ["admin", "pass1234"] });
  clients.push(admin);
  assert.match((await admin.predict("/usage_report", [])).data[0], /^Usage report/);
});

test("a wrong password is refused with the client's own message", async () => {
  await assert.rejects(Client.connect(url, { auth: ["admin", "wrong"] }), /Invalid credentials/);
});

test("a client that does not log in is refused", async () => {
  await assert.rejects(Client.connect(url), /Log in as admin/);
});
