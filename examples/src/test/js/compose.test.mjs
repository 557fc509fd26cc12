// Apps made of apps, and a live interface, on gradio4j's page in headless Chromium. ComposeTest.java
// serves them and passes their URLs: TABBED_URL (two interfaces in tabs), LIVE_URL (a live interface
// with an additional input in an accordion), PARALLEL_URL (two functions of one text side by side),
// STREAMING_URL (an interface around a streaming function: the parity corpus's interface_streaming)
// and STREAMING_PARALLEL_URL (a streaming speller beside a function that answers at once).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, eventually, open } from "./browser.mjs";

const { TABBED_URL, LIVE_URL, PARALLEL_URL, STREAMING_URL, STREAMING_PARALLEL_URL } = process.env;
assert.ok(TABBED_URL && LIVE_URL && PARALLEL_URL && STREAMING_URL && STREAMING_PARALLEL_URL,
  "set TABBED_URL, LIVE_URL, PARALLEL_URL, STREAMING_URL and STREAMING_PARALLEL_URL");

const visible = (locator) => locator.locator("visible=true");
const field = (page, label) => visible(page.getByLabel(label, { exact: true }));
const button = (page, name) => visible(page.getByRole("button", { name, exact: true }));
const valueOf = (page, label, expected) =>
  eventually(async () => assert.equal(await field(page, label).inputValue(), expected));
// Which of Submit and Stop the page shows, as [Submit's count, Stop's count].
const shownButtons = async (page) => [await button(page, "Submit").count(), await button(page, "Stop").count()];
const showsOnly = (page, name) =>
  eventually(async () => assert.deepEqual(await shownButtons(page), name === "Submit" ? [1, 0] : [0, 1], `only ${name} shows`));

test("each tab shows its own interface, and runs it", async () => {
  const page = await open(TABBED_URL);
  await page.getByRole("heading", { name: "Text tools" }).waitFor();
  await field(page, "text").fill("hello");
  await button(page, "Submit").click();
  await valueOf(page, "shouted", "HELLO!");
  await page.getByRole("tab", { name: "Mirror" }).click();
  await field(page, "text").fill("stressed");
  await button(page, "Submit").click();
  await valueOf(page, "mirrored", "desserts");
  await page.screenshot({ path: join(SCREENSHOTS, "compose-tabbed.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a live interface answers as the user types, without a Submit button", async () => {
  const page = await open(LIVE_URL);
  assert.equal(await button(page, "Submit").count(), 0);
  await field(page, "word").pressSequentially("echo", { delay: 30 });
  await valueOf(page, "repeated", "echo echo");
  // The additional input is in a closed accordion; opened and changed, it reruns the function.
  await page.getByRole("button", { name: /Additional Inputs/ }).click();
  await field(page, "times").fill("3");
  await field(page, "times").press("Enter");
  await valueOf(page, "repeated", "echo echo echo");
  await page.screenshot({ path: join(SCREENSHOTS, "compose-live.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a streaming interface shows Stop in Submit's place while it runs", async () => {
  const page = await open(STREAMING_URL);
  assert.deepEqual(await shownButtons(page), [1, 0], "before a run, only Submit shows");
  await field(page, "to").fill("40");
  await button(page, "Submit").click();
  await eventually(async () => assert.match(await field(page, "counted").inputValue(), /^1 2/));
  await showsOnly(page, "Stop");
  await page.screenshot({ path: join(SCREENSHOTS, "compose-streaming-running.png"), fullPage: true });
  await button(page, "Stop").click();
  await showsOnly(page, "Submit");
  // Stopped: the count goes no further.
  const stopped = await field(page, "counted").inputValue();
  await new Promise((resolve) => setTimeout(resolve, 700));
  assert.equal(await field(page, "counted").inputValue(), stopped);
  assert.doesNotMatch(stopped, / 40$/);
  // A run that ends by itself brings Submit back too.
  await field(page, "to").fill("2");
  await button(page, "Submit").click();
  await valueOf(page, "counted", "1 2");
  await showsOnly(page, "Submit");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Parallel shows each app's output for one input", async () => {
  const page = await open(PARALLEL_URL);
  assert.equal(await page.locator("button", { hasText: "Stop" }).count(), 0, "no Stop button, not even hidden, without streaming");
  await field(page, "text").fill("abc");
  await button(page, "Submit").click();
  await valueOf(page, "shouted", "ABC!");
  await valueOf(page, "mirrored", "cba");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a streaming Parallel shows each step of its streaming app as it comes", async () => {
  const page = await open(STREAMING_PARALLEL_URL);
  const text = "streaming letter by letter";
  await field(page, "text").fill(text);
  await button(page, "Submit").click();
  // the other app's answer, and a part of the spelling, while Stop shows: the run goes on
  await eventually(async () => {
    const spelled = await field(page, "spelled").inputValue();
    assert.ok(spelled.length > 0 && spelled.length < text.length && text.startsWith(spelled), `a step: "${spelled}"`);
  });
  await showsOnly(page, "Stop");
  await valueOf(page, "shouted", text.toUpperCase() + "!");
  await valueOf(page, "spelled", text);
  await showsOnly(page, "Submit");
  assert.deepEqual(page.errors, []);
  await page.close();
});
