// Flagging on gradio4j's page in headless Chromium. FlaggingTest.java serves the apps, passes their
// URLs and, once node is done, reads the logs they wrote: FLAG_URL (an Interface of a text and a
// picture with the options "incorrect" and "other") and CHAT_URL (an echo ChatInterface whose
// thumbs up and down are logged).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, eventually, open } from "./browser.mjs";

const { FLAG_URL, CHAT_URL } = process.env;
assert.ok(FLAG_URL && CHAT_URL, "set FLAG_URL and CHAT_URL");

const visible = (locator) => locator.locator("visible=true");
const field = (page, label) => visible(page.getByLabel(label, { exact: true }));

/** A PNG of one colour, drawn by the browser itself. */
async function solidPng(page, colour) {
  return Buffer.from(await page.evaluate((fill) => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 24, height: 16 });
    const context = canvas.getContext("2d");
    context.fillStyle = fill;
    context.fillRect(0, 0, 24, 16);
    return canvas.toDataURL("image/png").split(",")[1];
  }, colour), "base64");
}

test("a flag shows Saving..., comes back, and logs the run with its picture and option", async () => {
  const page = await open(FLAG_URL, { height: 900 });
  await field(page, "words").fill("seven, \"quoted\"");
  await page.locator("input[type=file]").first().setInputFiles({ name: "green.png", mimeType: "image/png", buffer: await solidPng(page, "#00c000") });
  await page.waitForFunction(() => document.querySelectorAll("img[src*='green.png']").length > 0);
  await visible(page.getByRole("button", { name: "Submit", exact: true })).click();
  await eventually(async () => assert.equal(await field(page, "summary").inputValue(), "15 characters, with a picture"));

  const flag = visible(page.getByRole("button", { name: "Flag as incorrect", exact: true }));
  // Every state the button goes through (Gradio's "Saving..." lasts 0.8 s): recorded in the page,
  // so that a slow machine cannot miss it.
  await flag.evaluate((button) => {
    window.flagStates = [];
    const record = () => window.flagStates.push([button.textContent.trim(), button.disabled]);
    new MutationObserver(record).observe(button, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await flag.click();
  await page.waitForFunction(() => {
    const states = window.flagStates.map(([label, disabled]) => `${label}${disabled ? " (disabled)" : ""}`);
    const saving = states.indexOf("Saving... (disabled)");
    return saving >= 0 && states.indexOf("Flag as incorrect", saving) > saving;
  }, null, { timeout: 10000 }).catch(async (error) => {
    throw new Error(`the button went through ${JSON.stringify(await page.evaluate(() => window.flagStates))}`, { cause: error });
  });
  assert.ok(await flag.isEnabled(), "the button is back");
  await page.screenshot({ path: join(SCREENSHOTS, "flagging.png"), fullPage: true });
  assert.equal(await visible(page.getByRole("button", { name: "Flag as other", exact: true })).count(), 1,
    "the other option's button stayed as it was");
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Sends `message` to the echo chat and waits for its whole answer. */
async function say(page, message, answer) {
  await page.getByPlaceholder("Type a message…").fill(message);
  await page.getByPlaceholder("Type a message…").press("Enter");
  await page.waitForFunction((text) => document.body.innerText.includes(text), answer);
}

/** Clicks a thumb and waits until the server has taken the rating's event. */
async function rate(page, thumb) {
  const sent = page.waitForResponse((response) => response.request().method() === "POST" && /\/(queue\/join|run\/predict)/.test(response.url()));
  await thumb.click();
  assert.equal((await sent).status(), 200);
}

test("thumbs up and down on the chat's answers are logged with the conversation", async () => {
  const page = await open(CHAT_URL, { height: 900 });
  await say(page, "first", "You said: first");
  const likes = visible(page.getByRole("button", { name: "Like", exact: true }));
  const dislikes = visible(page.getByRole("button", { name: "Dislike", exact: true }));
  await eventually(async () => assert.equal(await likes.count(), 1, "only the answer can be rated"));
  await rate(page, likes.first());
  await eventually(async () => assert.equal(await likes.first().getAttribute("aria-pressed"), "true"));

  await say(page, "second", "You said: second");
  await eventually(async () => assert.equal(await dislikes.count(), 2));
  await rate(page, dislikes.nth(1));
  await eventually(async () => assert.equal(await dislikes.nth(1).getAttribute("aria-pressed"), "true"));
  await page.screenshot({ path: join(SCREENSHOTS, "flagging-chat.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});
