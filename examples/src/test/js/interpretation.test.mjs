// Interpretation in a real headless Chromium: classify a review, click Interpret, and see the word
// the class depends on highlighted red over the text. InterpretationTest.java starts the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, open } from "./browser.mjs";

const { TEXT_URL } = process.env;
assert.ok(TEXT_URL, "set TEXT_URL");

test("click Interpret: the word the class depends on is highlighted red, the others are not", async () => {
  const page = await open(TEXT_URL);
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
  assert.deepEqual(page.errors, []);
  await page.close();
});
