// Apps made of apps, and a live interface, on gradio4j's page in headless Chromium. ComposeTest.java
// serves them and passes their URLs: TABBED_URL (two interfaces in tabs), LIVE_URL (a live interface
// with an additional input in an accordion) and PARALLEL_URL (two functions of one text side by side).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, eventually, open } from "./browser.mjs";

const { TABBED_URL, LIVE_URL, PARALLEL_URL } = process.env;
assert.ok(TABBED_URL && LIVE_URL && PARALLEL_URL, "set TABBED_URL, LIVE_URL and PARALLEL_URL");

const visible = (locator) => locator.locator("visible=true");
const field = (page, label) => visible(page.getByLabel(label, { exact: true }));
const button = (page, name) => visible(page.getByRole("button", { name, exact: true }));
const valueOf = (page, label, expected) =>
  eventually(async () => assert.equal(await field(page, label).inputValue(), expected));

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

test("Parallel shows each app's output for one input", async () => {
  const page = await open(PARALLEL_URL);
  await field(page, "text").fill("abc");
  await button(page, "Submit").click();
  await valueOf(page, "shouted", "ABC!");
  await valueOf(page, "mirrored", "cba");
  assert.deepEqual(page.errors, []);
  await page.close();
});
