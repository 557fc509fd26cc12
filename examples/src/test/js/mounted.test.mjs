// Uses an app that a servlet container mounted under a path of its own (MountedInTomcatTest):
// the page, its assets, its API calls and its heartbeat all live under MOUNTED_URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const { MOUNTED_URL, CHROMIUM = "/usr/bin/chromium" } = process.env;
assert.ok(MOUNTED_URL?.endsWith("/"), "set MOUNTED_URL to the mounted app's root, with its trailing slash");

test("the mounted page loads, runs an event and never leaves its mount", async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const outside = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(MOUNTED_URL) && !request.url().startsWith("data:")) outside.push(request.url());
    });
    await page.goto(MOUNTED_URL);
    await page.waitForSelector("[data-block-id]");
    await page.getByLabel("name", { exact: true }).fill("Tomcat");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("input, textarea")].some((e) => e.value === "Hello, Tomcat!"));
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, [], "every request stays under the mount");
  } finally {
    await browser.close();
  }
});
