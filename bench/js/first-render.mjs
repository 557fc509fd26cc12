// node first-render.mjs URL RUNS: the page's weight (initial JS and CSS, gzipped) and the time from
// navigation to every block of the app being on screen, in Debian's headless Chromium; prints JSON.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const [url, runs = "10"] = process.argv.slice(2);
const page0 = await (await fetch(url)).text();
const initial = [...page0.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let gzipped = 0;
for (const asset of initial) {
  gzipped += gzipSync(Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer()), { level: 9 }).length;
}
const config = await (await fetch(new URL("config", url))).json();
const blocks = config.components.filter((c) => c.type !== "state").length;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.newContext(); // a cold cache each time
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  // Blocks hidden in unselected tabs are rendered too (kept mounted), so all of them count.
  await page.waitForFunction((n) => document.querySelectorAll("[data-block-id]").length >= n, blocks);
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ initialAssets: initial, initialGzippedBytes: gzipped, blocks, medianMs: times[times.length >> 1], times }));
