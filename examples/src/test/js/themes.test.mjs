// Themes and an app's own styles on gradio4j's page, in a real headless Chromium. ThemeBrowserTest.java
// starts the apps and passes their URLs and, in EXPECTED, the colours each theme gives the page's
// background and its primary button, light and dark (CSS values, as the theme's variables resolve).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, open } from "./browser.mjs";

const openWide = (url) => open(url, { width: 1400, height: 900 });

const { DEFAULT_URL, SOFT_URL, STYLED_URL, EXPECTED } = process.env;
assert.ok(DEFAULT_URL && SOFT_URL && STYLED_URL && EXPECTED, "set DEFAULT_URL, SOFT_URL, STYLED_URL and EXPECTED");
const expected = JSON.parse(EXPECTED);

/**
 * The background the element under `selector` shows, and the one a probe element gets from the CSS
 * value `value`: the browser computes both, so "white", "#f97316" and gradients compare as it draws them.
 */
async function backgrounds(page, selector, value) {
  return page.evaluate(([selector, value]) => {
    const paint = (element) => { const s = getComputedStyle(element); return `${s.backgroundColor} ${s.backgroundImage}`; };
    const probe = document.createElement("div");
    probe.style.background = value;
    document.body.append(probe);
    const wanted = paint(probe);
    probe.remove();
    return { shown: paint(document.querySelector(selector)), wanted };
  }, [selector, value]);
}

async function assertColours(page, colours, dark) {
  // Past the buttons' colour transition.
  await page.waitForTimeout(300);
  const body = await backgrounds(page, "body", dark ? colours.bodyDark : colours.body);
  assert.equal(body.shown, body.wanted, "the page's background");
  const button = await backgrounds(page, "button.primary", dark ? colours.primaryDark : colours.primary);
  assert.equal(button.shown, button.wanted, "the primary button's background");
}

test("the default theme and Soft give the page their colours, and the two differ", async () => {
  const defaults = await openWide(DEFAULT_URL);
  await assertColours(defaults, expected.default, false);
  await defaults.screenshot({ path: join(SCREENSHOTS, "default.png"), fullPage: true });
  const soft = await openWide(SOFT_URL);
  await assertColours(soft, expected.soft, false);
  await soft.screenshot({ path: join(SCREENSHOTS, "soft.png"), fullPage: true });
  const [a, b] = await Promise.all([defaults, soft].map((page) =>
    page.evaluate(() => getComputedStyle(document.querySelector("button.primary")).backgroundColor)));
  assert.notEqual(a, b, "Soft's primary button is not the default one's colour");
  assert.deepEqual([...defaults.errors, ...soft.errors], []);
  await defaults.close();
  await soft.close();
});

test("Soft's Montserrat comes from the app's own static/fonts, with no request refused", async () => {
  const page = await openWide(SOFT_URL);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((face) => ({ family: face.family, weight: face.weight, status: face.status }));
  });
  assert.ok(faces.some((face) => face.family.includes("Montserrat") && face.status === "loaded"),
    `a Montserrat face is loaded: ${JSON.stringify(faces)}`);
  assert.deepEqual(page.refused.filter((refused) => refused.includes("static/fonts")), [], "no font request was refused");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("?__theme=dark draws with the theme's dark values", async () => {
  const page = await openWide(`${SOFT_URL}?__theme=dark`);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains("dark")));
  await assertColours(page, expected.soft, true);
  const light = await openWide(SOFT_URL);
  const [darkText, lightText] = await Promise.all([page, light].map((p) => p.evaluate(() => getComputedStyle(document.body).color)));
  assert.notEqual(darkText, lightText, "the text colour changes with the mode");
  await page.screenshot({ path: join(SCREENSHOTS, "soft-dark.png"), fullPage: true });
  await page.close();
  await light.close();
});

test("a theme's set(..) overrides show, light and dark", async () => {
  const page = await openWide(STYLED_URL);
  await assertColours(page, expected.styled, false);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(1, 2, 3)");
  const dark = await openWide(`${STYLED_URL}?__theme=dark`);
  assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(4, 5, 6)");
  await page.close();
  await dark.close();
});

test("the app's css aims at .gradio-container, elem_id and elem_classes; its js and head run", async () => {
  const page = await openWide(STYLED_URL);
  const styles = await page.evaluate(() => {
    const container = document.querySelector(".gradio-container");
    const greeting = document.getElementById("greeting");
    const field = greeting?.querySelector("textarea, input");
    return {
      containerWidth: container?.getBoundingClientRect().width,
      outline: greeting && getComputedStyle(greeting).outline,
      classes: greeting && [...greeting.classList],
      transform: field && getComputedStyle(field).textTransform,
    };
  });
  assert.ok(styles.containerWidth > 0 && styles.containerWidth <= 900, `the container is ${styles.containerWidth}px wide`);
  assert.match(styles.outline, /rgb\(0, 128, 0\)/);
  assert.ok(styles.classes.includes("shout") && styles.classes.includes("wide") && styles.classes.includes("block"),
    `the element's classes: ${styles.classes}`);
  assert.equal(styles.transform, "uppercase");
  await page.waitForFunction(() => document.body.dataset.appJs === "ran");
  assert.equal(await page.evaluate(() => window.headRan), true);
  await page.screenshot({ path: join(SCREENSHOTS, "styled.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});
