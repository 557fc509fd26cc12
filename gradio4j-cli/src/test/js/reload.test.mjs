// Edits a running app under the reloader, as a developer would, and watches the open page in
// Debian's headless Chromium. ReloadBrowserTest.java starts the reloader on APP_FILE at APP_URL.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const { APP_URL, APP_FILE, SCREENSHOTS = "screenshots", CHROMIUM = "/usr/bin/chromium" } = process.env;
assert.ok(APP_URL && APP_FILE, "set APP_URL and APP_FILE");

let browser;
let page;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  await page.goto(APP_URL);
  await page.waitForSelector("[data-block-id]");
  // Survives only as long as the page is not reloaded or navigated.
  await page.evaluate(() => { window.sameDocument = true; });
});
after(async () => browser?.close());

/** Saves the app with `edit` applied to its source, as an editor does (truncate, then write). */
function save(edit) {
  writeFileSync(APP_FILE, edit(readFileSync(APP_FILE, "utf8")));
}

const field = (label) => page.getByLabel(label, { exact: true });
const text = () => page.evaluate(() => document.body.innerText);
const button = (name) => page.getByRole("button", { name, exact: true });

test("an edit shows in the open page with no navigation, keeping typed values and State", async () => {
  await field("name").fill("typed before the save");
  await button("More").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "1"));
  await button("More").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "2"));
  await button("Kept").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => /^[0-9a-f]+$/.test(e.value) && e.value.length > 3));
  const kept = await field("kept").inputValue();

  // Also renames the box the user typed in: its value must follow it.
  save((source) => source.replace("MARKER_ONE", "MARKER_TWO").replace("\"Hello, \"", "\"Howdy, \"")
    .replace("label(\"name\")", "label(\"Your name\")"));
  await page.waitForFunction(() => document.body.innerText.includes("MARKER_TWO"));

  assert.equal(await page.evaluate(() => window.sameDocument), true, "the page was reloaded or navigated");
  assert.equal(await field("Your name").inputValue(), "typed before the save");
  await button("More").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "3"));
  await button("Greet").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "Howdy, typed before the save!"));
  await button("Kept").click();
  await page.waitForTimeout(300);
  assert.equal(await field("kept").inputValue(), kept, "Reload.keep gave another instance");
  await page.screenshot({ path: join(SCREENSHOTS, "reload-after-edit.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
});

test("a compile error shows the overlay, and the next good save clears it", async () => {
  save((source) => source.replace("MARKER_TWO\"), name", "MARKER_THREE\") name"));
  const overlay = page.getByTestId("reload-error");
  await overlay.waitFor();
  const shown = await overlay.innerText();
  assert.match(shown, /App\.java/);
  assert.match(shown, /error/);
  await page.screenshot({ path: join(SCREENSHOTS, "reload-compile-error.png"), fullPage: true });
  assert.match(await text(), /MARKER_TWO/, "the previous version keeps showing");

  save((source) => source.replace("MARKER_THREE\") name", "MARKER_THREE\"), name"));
  await page.waitForFunction(() => document.body.innerText.includes("MARKER_THREE"));
  await overlay.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => window.sameDocument), true);
});

test("a new component and a new endpoint work after a save, and the API lists it", async () => {
  save((source) => source
    .replace("    static String greet", "    static String shout(String name) { return name.toUpperCase() + \"!\"; }\n\n    static String greet")
    .replace("        // EXTRA", "        var loud = Gr.textbox().label(\"loud\");\n        var shoutButton = Button.of(\"Shout\");\n        shoutButton.click(App::shout, name, loud);")
    .replace("identity, keptButton)", "identity, keptButton, loud, shoutButton)"));
  await button("Shout").waitFor();
  await button("Shout").click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "TYPED BEFORE THE SAVE!"));
  const info = await (await fetch(new URL("gradio_api/info", APP_URL))).json();
  assert.ok(info.named_endpoints["/shout"], `no /shout in ${Object.keys(info.named_endpoints)}`);
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.deepEqual(page.errors, []);
});

test("the app's CSS changes in place", async () => {
  save((source) => source.replace(".launch();", ".launch(Launch.options().css(\"h1 { color: rgb(1, 2, 3); }\"));"));
  await page.waitForFunction(() => getComputedStyle(document.querySelector("h1")).color === "rgb(1, 2, 3)");
  assert.equal(await page.evaluate(() => window.sameDocument), true);
});
