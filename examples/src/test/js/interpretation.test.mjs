// Interpretation in a real headless Chromium: classify a review, click Interpret, and see the word
// the class depends on highlighted red over the text. InterpretationTest.java starts the app.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const { TEXT_URL, SCREENSHOTS = "screenshots", CHROMIUM = "/usr/bin/chromium" } = process.env;
assert.ok(TEXT_URL, "set TEXT_URL");
mkdirSync(SCREENSHOTS, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
});
after(async () => browser?.close());

test("click Interpret: the word the class depends on is highlighted red, the others are not", async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(TEXT_URL);
  await page.getByLabel("review", { exact: true }).fill("the movie was not great");
  await page.getByRole("button", { name: "Submit" }).click();
  await page.getByTestId("label-output-value").filter({ hasText: "positive" }).waitFor();
  await page.getByRole("button", { name: "Interpret" }).click();
  const great = page.locator("mark", { hasText: /^great$/ });
  await great.waitFor();
  assert.equal(await great.getAttribute("data-score"), "1");
  assert.match(await great.evaluate((e) => getComputedStyle(e).backgroundColor), /^rgba?\(239, 68, 68/);
  const not = page.locator("mark", { hasText: /^not$/ });
  assert.ok(Number(await not.getAttribute("data-score")) < 0, "not lowers the top class");
  assert.match(await not.evaluate((e) => getComputedStyle(e).backgroundColor), /^rgba?\(59, 130, 246/);
  assert.equal(await page.locator("mark", { hasText: /^movie$/ }).getAttribute("data-score"), "0");
  assert.equal(await page.getByTestId("highlighted-text").locator(".text").textContent(), "the movie was not great");
  await page.screenshot({ path: join(SCREENSHOTS, "interpretation.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
