// What the browser suites on gradio4j's page share: one headless Chromium per file (CHROMIUM says
// where it is), pages that collect their script errors, retries for what the page shows a little
// later, and the screenshots folder (SCREENSHOTS).
import { after, before } from "node:test";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

export const SCREENSHOTS = process.env.SCREENSHOTS ?? "screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

// The flags a sandboxed, offline machine needs: no background traffic.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
});
after(async () => browser?.close());

/**
 * A fresh page on `url`, once the app has drawn its blocks; `page.errors` collects its script
 * errors, `page.refused` the requests answered with an error status ("404 http://...").
 */
export async function open(url, { width = 1100, height = 800 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.refused = [];
  page.on("response", (response) => {
    if (response.status() >= 400) page.refused.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector("[data-block-id]");
  return page;
}

/** Retries `check` until it passes or `timeout` ms have gone by (then throws its last failure). */
export async function eventually(check, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
