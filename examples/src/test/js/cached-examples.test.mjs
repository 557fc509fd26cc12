// Cached examples in a real Chromium: CachedExamplesBrowserTest.java starts an Interface whose
// function takes 2 s and counts its runs; here the page must open with the first example and its
// output preloaded, and a click on a cached example must show its output well before the function
// could have answered (the Java side then checks it did not run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, open } from "./browser.mjs";

const { APP_URL, CHAT_URL } = process.env;
assert.ok(APP_URL && CHAT_URL, "set APP_URL (an Interface) and CHAT_URL (a ChatInterface)");

test("the page opens with the first example and its cached output", async () => {
  const page = await open(APP_URL);
  const opened = Date.now();
  // The function sleeps 2 s: an output within 1.5 s of the page's first blocks came from the cache
  // (and the Java side checks the function did not run).
  await page.waitForFunction(() => [...document.querySelectorAll("textarea, input")].some((e) => e.value === "HI!"),
    null, { timeout: 1500 });
  assert.ok(Date.now() - opened < 1500, `shown after ${Date.now() - opened} ms`);
  assert.equal(await page.getByLabel("text", { exact: true }).inputValue(), "hi");
  assert.equal(await page.getByLabel("loud", { exact: true }).inputValue(), "HI!");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("clicking a cached example shows its output at once, and the labels stand for the examples", async () => {
  const page = await open(APP_URL);
  const output = page.getByLabel("loud", { exact: true });
  for (const [label, input, shown] of [["second", "yo", "YO!"], ["first", "hi", "HI!"]]) {
    const clicked = Date.now();
    await page.getByText(label, { exact: true }).click();
    // The function sleeps 2 s: an answer within 1.5 s came from the cache.
    await page.waitForFunction((want) => [...document.querySelectorAll("textarea, input")].some((e) => e.value === want),
      shown, { timeout: 1500 });
    assert.ok(Date.now() - clicked < 1500, `${label}: shown after ${Date.now() - clicked} ms`);
    assert.equal(await output.inputValue(), shown);
    assert.equal(await page.getByLabel("text", { exact: true }).inputValue(), input);
  }
  await page.screenshot({ path: join(SCREENSHOTS, "cached-examples.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a chat's cached example, a card in the empty chat shown by its label, sends its message and shows the stored answer at once", async () => {
  const page = await open(CHAT_URL);
  // (the hidden Dataset behind the cards holds the messages, as Gradio's; it is not shown)
  assert.equal(await page.getByRole("button", { name: "hello", exact: true }).count(), 0, "the label stands for the message");
  const cards = page.getByRole("log").getByRole("group", { name: "Examples" });
  assert.deepEqual(await cards.getByRole("button").allInnerTexts(), ["Greet", "Leave"]);
  const clicked = Date.now();
  await cards.getByRole("button", { name: "Leave" }).click();
  const log = page.getByRole("log");
  await page.waitForFunction(() => document.querySelector("[role=log]")?.innerText.includes("You said bye"), null,
    { timeout: 1500 });
  assert.ok(Date.now() - clicked < 1500, `shown after ${Date.now() - clicked} ms`);
  assert.match(await log.innerText(), /bye[\s\S]*You said bye/);
  assert.equal(await cards.count(), 0, "the cards go once the conversation has a message");
  await page.screenshot({ path: join(SCREENSHOTS, "cached-chat-examples.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});
