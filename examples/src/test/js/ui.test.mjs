// Drives example apps in a real headless Chromium (Debian's, through playwright-core), as a user
// would. BrowserTest.java starts the apps and passes their URLs; screenshots go to SCREENSHOTS.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const { HELLO_URL, SHOWCASE_URL, HOSTILE_URL, CHAT_URL, AGENT_URL, AUTH_URL, SSO_URL, SCREENSHOTS = "screenshots",
  CHROMIUM = "/usr/bin/chromium" } = process.env;
assert.ok(HELLO_URL && SHOWCASE_URL && HOSTILE_URL && CHAT_URL && AGENT_URL && AUTH_URL && SSO_URL,
  "set HELLO_URL, SHOWCASE_URL, HOSTILE_URL, CHAT_URL, AGENT_URL, AUTH_URL and SSO_URL");
mkdirSync(SCREENSHOTS, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // The flags a sandboxed, offline machine needs (see the env notes): no background traffic.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
      // Chromium's own test camera (a moving pattern), granted without a prompt, for the webcam test.
      "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  });
});
after(async () => browser?.close());

/** A fresh page on `url`, failing the test on any script error in the page. */
async function open(url, { width = 1100, height = 800 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector("[data-block-id]");
  page.errors = errors;
  return page;
}

const shot = (page, name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
const field = (page, label) => page.getByLabel(label, { exact: true });

test("type, click Submit and see the output", async () => {
  const page = await open(HELLO_URL);
  await field(page, "name").fill("World");
  await page.getByRole("button", { name: "Submit" }).click();
  await assert.doesNotReject(page.waitForFunction(() =>
    [...document.querySelectorAll("input, textarea")].some((e) => e.value === "Hello, World!")));
  await shot(page, "hello");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Enter submits a one-line textbox, and Clear empties inputs and outputs", async () => {
  const page = await open(HELLO_URL);
  await field(page, "name").fill("Enter");
  await field(page, "name").press("Enter");
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "Hello, Enter!"));
  await page.getByRole("button", { name: "Clear" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].every((e) => e.value === ""));
  await page.close();
});

test("a streamed answer grows in place, in at least three steps", async () => {
  const page = await open(SHOWCASE_URL);
  await field(page, "Prompt").fill("stream please");
  // Every value the page writes into the answer, caught at the write: a poller could miss steps
  // on a loaded machine, where its timer fires late.
  const seen = page.evaluate(() => new Promise((resolve) => {
    const values = [];
    const answer = [...document.querySelectorAll("textarea")][0];
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
    Object.defineProperty(answer, "value", {
      configurable: true,
      get() { return native.get.call(this); },
      set(value) {
        native.set.call(this, value);
        if (value && value !== values.at(-1)) values.push(value);
        if (value.endsWith("in place.")) resolve(values);
      },
    });
  }));
  await field(page, "Prompt").press("Enter");
  const values = await seen;
  assert.ok(values.length >= 3, `saw ${values.length} steps: ${JSON.stringify(values)}`);
  for (let i = 1; i < values.length; i++) assert.ok(values[i].startsWith(values[i - 1]), "each step extends the last");
  await shot(page, "streaming");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an example fills the inputs, then runs", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByText("What is gradio4j?", { exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "What is gradio4j?"));
  await page.waitForFunction(() => document.querySelector("textarea").value.includes("What is gradio4j?"));
  await page.close();
});

test("upload an image and see the processed image, then take one with the webcam", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByRole("tab", { name: "Image" }).click();
  // A pure blue 40x30 PNG, drawn by the browser itself.
  const png = Buffer.from(await page.evaluate(() => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 40, height: 30 });
    const context = canvas.getContext("2d");
    context.fillStyle = "#0000ff";
    context.fillRect(0, 0, 40, 30);
    return canvas.toDataURL("image/png").split(",")[1];
  }), "base64");
  await page.locator("input[type=file]").first().setInputFiles({ name: "blue.png", mimeType: "image/png", buffer: png });
  await page.waitForFunction(() => document.querySelectorAll("img[src*='blue.png']").length > 0);
  await page.getByRole("button", { name: "Apply filter" }).click();
  const pixel = await page.waitForFunction(() => {
    const images = [...document.querySelectorAll("img")].filter((i) => i.src.includes("/file=") && !i.src.includes("blue.png"));
    const image = images.at(-1);
    if (!image || !image.complete || image.naturalWidth === 0) return null;
    const canvas = Object.assign(document.createElement("canvas"), { width: image.naturalWidth, height: image.naturalHeight });
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return [...context.getImageData(5, 5, 1, 1).data];
  }, null, { timeout: 15000 });
  const [r, g, b] = await pixel.jsonValue();
  // Sepia of pure blue is a dark brown: red above blue, where the input had no red at all.
  assert.ok(r > b && r > 20, `sepia pixel was rgb(${r}, ${g}, ${b})`);
  await shot(page, "image-filter");
  // Turning to the webcam clears the photo; the picture taken replaces the preview.
  await page.getByRole("button", { name: "Capture from the webcam" }).click();
  await page.getByRole("button", { name: "Take a picture" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("img[src*='webcam.png']")].some((i) => i.complete && i.naturalWidth > 0));
  assert.equal(await page.locator("img[src*='blue.png']").count(), 0, "the uploaded photo was cleared");
  assert.equal(await page.locator("video").count(), 0, "the preview is gone once the picture is taken");
  await shot(page, "image-webcam");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an error shows a toast", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByRole("tab", { name: "Progress and errors" }).click();
  await page.getByRole("button", { name: "Fail" }).click();
  const toast = page.getByTestId("toast-error");
  await toast.waitFor();
  assert.match(await toast.innerText(), /this button always fails/);
  await shot(page, "error-toast");
  await page.close();
});

test("progress shows its description and bar while the event runs", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByRole("tab", { name: "Progress and errors" }).click();
  await page.getByRole("button", { name: "Run with progress" }).click();
  const tracker = page.getByTestId("status-tracker").filter({ hasText: "Step" });
  await tracker.first().waitFor();
  await shot(page, "progress");
  await page.waitForFunction(() => [...document.querySelectorAll("input, textarea")].some((e) => e.value.startsWith("Finished")));
  await page.close();
});

test("dark mode follows ?__theme=dark", async () => {
  const page = await open(`${SHOWCASE_URL}/?__theme=dark`);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("dark")), true);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 120, `dark background, got ${background}`);
  await shot(page, "dark");
  await page.close();
});

test("the page is usable at phone width", async () => {
  const page = await open(HELLO_URL, { width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await field(page, "name").fill("Phone");
  await page.getByRole("button", { name: "Submit" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "Hello, Phone!"));
  await shot(page, "phone");
  await page.close();
});

/** A 1x1 PNG, for the files a Java snippet names. */
const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/**
 * Runs a Java snippet of the API page as a user would: pasted into a main, run by the JDK's
 * source launcher with gradio4j-client on the class path, in a folder holding the files it names
 * (`Path.of("path/to/...")`). Answers what it printed.
 */
function runJavaSnippet(snippet) {
  const { JAVA, CLASSPATH } = process.env;
  assert.ok(JAVA && CLASSPATH, "set JAVA and CLASSPATH (with gradio4j-client) to run the Java snippets");
  const lines = snippet.split("\n");
  const source = [...lines.filter((l) => l.startsWith("import ")), "public class Snippet {",
    "  public static void main(String[] args) throws Exception {", ...lines.filter((l) => !l.startsWith("import ")), "  }", "}"];
  const dir = mkdtempSync(join(tmpdir(), "g4j-snippet-"));
  try {
    for (const [, file] of snippet.matchAll(/Path\.of\("(path\/to\/[^"]+)"\)/g)) {
      mkdirSync(join(dir, "path/to"), { recursive: true });
      writeFileSync(join(dir, file), TINY_PNG);
    }
    writeFileSync(join(dir, "Snippet.java"), source.join("\n"));
    return execFileSync(JAVA, ["-cp", CLASSPATH, "Snippet.java"], { cwd: dir, timeout: 60_000 }).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the API page's Java snippets run with the real client: text, a file, mixed inputs, progress", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByTestId("show-api").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByTestId("api-endpoint").first().waitFor();
  const expected = { "/typewriter": /^Result\[.+]$/m, "/sepia": /^Result\[RemoteFile/m, "/order": /^Result\[.+, \{/m, "/work": /^Result\[.+]$/m };
  for (const [name, printed] of Object.entries(expected)) {
    const endpoint = dialog.locator(`#api-endpoint-${name.slice(1)}`);
    assert.match(runJavaSnippet(await endpoint.locator("pre code").innerText()), printed, `the Java snippet of ${name}`);
  }
  await page.close();
});

test("Use via API lists the endpoints with snippets, and its Java snippet runs with the real client", async () => {
  const page = await open(HELLO_URL);
  await page.getByTestId("show-api").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("/greet").first().waitFor();
  await shot(page, "api-page");
  const snippet = await dialog.getByTestId("api-endpoint").first().locator("pre code").innerText();
  assert.match(runJavaSnippet(snippet), /^Result\[Hello, .*!]$/m);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.close();
});

test("Markdown and HTML from the server cannot run script", async () => {
  const page = await open(HOSTILE_URL);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await page.locator("script:not([type=module]):not([src])").filter({ hasText: "__pwned" }).count(), 0);
  await page.close();
});

test("a page on another loopback port cannot read an app's answers", async () => {
  const page = await open(HELLO_URL);
  const attempts = await page.evaluate(async (other) => {
    const tryFetch = (path, init) => fetch(other + path, init).then((r) => `read ${r.status}`, (e) => `refused: ${e.name}`);
    return {
      config: await tryFetch("/config"),
      info: await tryFetch("/gradio_api/info", { credentials: "include" }),
      call: await tryFetch("/gradio_api/call/greet", { method: "POST", headers: { "content-type": "application/json" }, body: '{"data":["x"]}' }),
    };
  }, SHOWCASE_URL);
  assert.deepEqual(attempts, { config: "refused: TypeError", info: "refused: TypeError", call: "refused: TypeError" });
  await page.close();
});

test("an app behind a login shows its login form, refuses a wrong password, and shows each user their tools", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(AUTH_URL);
  await page.getByRole("button", { name: "Log in" }).waitFor();
  assert.equal(await page.locator("[data-block-id]").count(), 0, "nothing of the app before the login");
  assert.match(await page.locator("body").innerText(), /Log in as admin/);
  await shot(page, "login");
  await page.getByLabel("Username").fill("guest");
  await page.getByLabel("Password").fill("wrong");
  await page.getByRole("button", { name: "Log in" }).click();
  assert.equal(await page.getByRole("alert").innerText(), "Incorrect username or password.");
  await page.getByLabel("Password").fill("guest1234");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByText("Signed in as guest").waitFor();
  assert.equal(await page.getByRole("button", { name: "Usage report" }).count(), 0, "the guest does not see the admin's tool");
  await page.getByLabel("Text").fill("three small words");
  await page.getByRole("button", { name: "Count words" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("input, textarea")].some((f) => f.value === "3 words, counted for guest."));
  await page.getByRole("link", { name: "Log out (guest)" }).click();
  await page.getByRole("button", { name: "Log in" }).waitFor();
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill("pass1234");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Usage report" }).waitFor();
  await context.close();
  const dark = await browser.newPage();
  await dark.goto(AUTH_URL + "/?__theme=dark");
  await dark.getByRole("button", { name: "Log in" }).waitFor();
  await shot(dark, "login-dark");
  await dark.close();
});

test("single sign-on: the provider logs the user in, the LoginButton names them and logs them out", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(SSO_URL);
  await page.getByRole("link", { name: "Log in with Team SSO" }).click();
  await page.getByText("Signed in as ada").waitFor();
  await shot(page, "single-sign-on");
  await page.getByRole("link", { name: "Log out (ada)" }).click();
  await page.getByRole("link", { name: "Log in with Team SSO" }).waitFor();
  await context.close();
});

test("a value the server rejects comes back as a toast with its message", async () => {
  const page = await open(SHOWCASE_URL);
  await page.getByRole("tab", { name: "Components" }).click();
  await field(page, "Quantity").fill("50");
  await page.getByRole("button", { name: "Place order" }).click();
  const toast = page.getByTestId("toast-error");
  await toast.waitFor();
  assert.match(await toast.innerText(), /50/);
  await shot(page, "rejected-value");
  await page.close();
});

test("a lost connection says so, and the page recovers when the server is back", async () => {
  const { JAVA, CLASSPATH } = process.env;
  assert.ok(JAVA && CLASSPATH, "set JAVA and CLASSPATH to start an app of the test's own");
  const { spawn } = await import("node:child_process");
  const { createServer } = await import("node:net");
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const start = () => spawn(JAVA, ["-cp", CLASSPATH, "dev.gradio4j.examples.Hello"], {
    env: { ...process.env, GRADIO_SERVER_PORT: String(port) }, stdio: "ignore",
  });
  const up = async () => {
    for (let i = 0; i < 200; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/config`)).ok) return; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the app did not start");
  };
  let server = start();
  try {
    await up();
    const page = await open(`http://127.0.0.1:${port}/`);
    await page.waitForTimeout(300);
    server.kill("SIGKILL");
    await page.getByTestId("connection-lost").waitFor({ timeout: 15000 });
    await shot(page, "connection-lost");
    server = start();
    await up();
    await page.getByTestId("connection-lost").waitFor({ state: "detached", timeout: 15000 });
    await field(page, "name").fill("again");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.waitForFunction(() => [...document.querySelectorAll("input")].some((e) => e.value === "Hello, again!"));
    await page.close();
  } finally {
    server.kill("SIGKILL");
  }
});

test("Stop cancels a running stream", async () => {
  const page = await open(SHOWCASE_URL);
  await field(page, "Prompt").fill("stop me");
  await page.getByRole("button", { name: "Send" }).click();
  const answer = page.locator("textarea").first();
  await page.waitForFunction(() => document.querySelector("textarea").value.length > 0);
  await page.getByRole("button", { name: "Stop" }).click();
  // Updates already on their way when Stop was pressed may still land; after that, nothing.
  await page.waitForTimeout(300);
  const stopped = await answer.inputValue();
  await page.waitForTimeout(800);
  const later = await answer.inputValue();
  assert.equal(later, stopped, "the answer kept growing after Stop");
  assert.ok(!later.endsWith("in place."), "the stream had already finished");
  assert.equal(await page.getByTestId("toast-error").count(), 0, "a cancel is not an error");
  await page.close();
});

test("the app's css, js and head launch options are applied", async () => {
  const page = await open(HOSTILE_URL);
  assert.equal(await page.locator('meta[name="app-head"]').getAttribute("content"), "present");
  await page.waitForFunction(() => document.body.dataset.appJs === "ran");
  const outline = await page.locator("#hostile-markdown").evaluate((e) => getComputedStyle(e).outlineColor);
  assert.equal(outline, "rgb(255, 0, 0)");
  await page.close();
});

test("a waiting event shows its queue position", async () => {
  const first = await open(SHOWCASE_URL);
  const second = await open(SHOWCASE_URL);
  for (const page of [first, second]) await page.getByRole("tab", { name: "Progress and errors" }).click();
  // The progress run takes 1.5 s and its function runs one event at a time (Gradio's default).
  await first.getByRole("button", { name: "Run with progress" }).click();
  await first.getByTestId("status-tracker").first().waitFor();
  await second.getByRole("button", { name: "Run with progress" }).click();
  await second.getByTestId("queue-position").waitFor();
  assert.match(await second.getByTestId("queue-position").innerText(), /queue: 1\/1/);
  await shot(second, "queue-position");
  await second.waitForFunction(() => [...document.querySelectorAll("input, textarea")].some((e) => e.value.startsWith("Finished")), null, { timeout: 10000 });
  await first.close();
  await second.close();
});

/** The text of the latest answer in the chat, or "". */
const latestAnswer = (page) => page.evaluate(() => (document.body.innerText.match(/You said:[^\n]*/g) ?? []).at(-1) ?? "");

test("a chat message shows at once and its answer streams in", async () => {
  const page = await open(CHAT_URL);
  await page.getByPlaceholder("Type a message…").fill("hello world");
  await page.getByPlaceholder("Type a message…").press("Enter");
  const seen = [];
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const answer = await latestAnswer(page);
    if (answer && answer !== seen.at(-1)) seen.push(answer);
    if (answer.endsWith("(history 0)")) break;
    await page.waitForTimeout(15);
  }
  assert.equal(seen.at(-1), "You said: hello world (history 0)");
  assert.ok(seen.length >= 3, `saw ${seen.length} steps: ${JSON.stringify(seen)}`);
  assert.match(await page.evaluate(() => document.body.innerText), /hello world/);
  assert.equal(await page.getByPlaceholder("Type a message…").inputValue(), "", "the box empties once sent");
  await shot(page, "chat");

  await page.getByPlaceholder("Type a message…").fill("second");
  await page.getByRole("button", { name: "Send" }).click();
  await page.waitForFunction(() => document.body.innerText.includes("You said: second (history 2)"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a conversation is kept in the browser: after a reload it reopens from History and goes on", async () => {
  const page = await open(CHAT_URL);
  await page.getByPlaceholder("Type a message…").fill("remember me");
  await page.getByPlaceholder("Type a message…").press("Enter");
  await page.waitForFunction(() => document.body.innerText.includes("You said: remember me (history 0)"));

  await page.reload();
  await page.waitForSelector("[data-block-id]");
  assert.equal(await page.getByTestId("chat-user").count(), 0, "a reloaded page starts a new conversation");
  await page.getByRole("button", { name: "Saved conversations" }).click();
  await page.getByRole("button", { name: /^remember me/ }).click();
  await page.waitForFunction(() => document.body.innerText.includes("You said: remember me (history 0)"));

  await page.getByPlaceholder("Type a message…").fill("and then?");
  await page.getByPlaceholder("Type a message…").press("Enter");
  await page.waitForFunction(() => document.body.innerText.includes("You said: and then? (history 2)"));
  await shot(page, "chat-history");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Stop ends a streaming answer", async () => {
  const page = await open(CHAT_URL);
  await page.getByPlaceholder("Type a message…").fill("one two three four five six seven eight nine ten");
  await page.getByPlaceholder("Type a message…").press("Enter");
  await page.waitForFunction(() => /You said:/.test(document.body.innerText));
  await page.getByRole("button", { name: "Stop" }).click();
  // An update already on its way when Stop was pressed may still land; after that, nothing.
  await page.waitForTimeout(300);
  const stopped = await latestAnswer(page);
  await page.waitForTimeout(600);
  assert.equal(await latestAnswer(page), stopped, "the answer kept growing after Stop");
  assert.ok(!stopped.includes("(history"), "the answer had already finished");
  await page.close();
});

test("the examples are cards in the empty chat: a click sends one, its answer follows, and the cards go", async () => {
  const page = await open(CHAT_URL);
  const cards = page.getByRole("log").getByRole("group", { name: "Examples" });
  assert.deepEqual(await cards.getByRole("button").allInnerTexts(), ["Hello there!", "How long is this conversation?"]);
  await shot(page, "chat-examples");
  await cards.getByRole("button", { name: "Hello there!" }).click();
  await page.waitForFunction(() => document.body.innerText.includes("You said: Hello there! (history 0)"));
  assert.match(await page.getByTestId("chat-user").innerText(), /Hello there!/);
  assert.equal(await cards.count(), 0, "the cards go once the conversation has a message");
  assert.equal(await page.getByPlaceholder("Type a message…").inputValue(), "", "the box is left as it was");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Enter during an answer that an example started sends nothing, and the answer runs to its end", async () => {
  const page = await open(CHAT_URL);
  await page.getByRole("button", { name: "How long is this conversation?", exact: true }).click();
  await page.waitForFunction(() => /You said:/.test(document.body.innerText));
  const box = page.getByPlaceholder("Type a message…");
  await box.fill("typed meanwhile");
  await box.press("Enter");
  await page.waitForFunction(() => document.body.innerText.includes("(history 0)"));
  assert.equal(await latestAnswer(page), "You said: How long is this conversation? (history 0)");
  assert.equal(await page.getByTestId("chat-user").count(), 1, "the typed message was not sent");
  assert.equal(await box.inputValue(), "typed meanwhile", "what was typed stays in the box");
  await page.close();
});

/** A PNG of one colour, as the browser paints it. */
async function solidPng(colour, width, height) {
  const painter = await browser.newPage({ viewport: { width, height } });
  await painter.setContent(`<body style="margin:0;background:${colour}"></body>`);
  const png = await painter.screenshot({ clip: { x: 0, y: 0, width, height } });
  await painter.close();
  return png;
}

/** The agent's last answer, as the page shows it. */
const agentAnswer = (page) => page.evaluate(() => (document.body.innerText.match(/[^\n]*main colour is[^\n]*/g) ?? []).at(-1) ?? "");

test("an attached image shows in the conversation, the agent's thoughts show collapsed, and a wrong file type is refused", async () => {
  const page = await open(AGENT_URL);
  const upload = page.getByTestId("multimodal-upload");
  await upload.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await page.getByRole("alert").getByText("notes.txt is not an accepted file type (image).").waitFor();

  await upload.setInputFiles({ name: "red.png", mimeType: "image/png", buffer: await solidPng("#d03030", 80, 60) });
  await page.getByTestId("multimodal-textbox").getByAltText("red.png").waitFor();
  await page.getByRole("textbox", { name: "Message" }).fill("What colour is it?");
  await page.getByRole("textbox", { name: "Message" }).press("Enter");

  await page.getByTestId("chat-user").getByAltText("red.png").waitFor();
  await page.waitForFunction(() => /main colour is red/.test(document.body.innerText) && /You asked: What colour is it\?/.test(document.body.innerText));
  assert.equal(await page.getByTestId("multimodal-textbox").getByAltText("red.png").count(), 0, "the box empties once sent");

  const headers = page.getByTestId("chat-thought").locator("button.header");
  assert.equal(await headers.count(), 2);
  assert.deepEqual(await headers.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-expanded"))), ["false", "false"]);
  assert.equal(await page.getByText("Result: 80×60 pixels").count(), 0, "a finished thought is closed");
  await headers.first().click();
  await page.getByText("Result: 80×60 pixels").waitFor();
  await shot(page, "agent-chat");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Retry answers the last message again, and an edited message is answered anew", async () => {
  const page = await open(AGENT_URL);
  await page.getByTestId("multimodal-upload").setInputFiles({ name: "blue.png", mimeType: "image/png", buffer: await solidPng("#2040d0", 40, 30) });
  await page.getByTestId("multimodal-textbox").getByAltText("blue.png").waitFor();
  await page.getByRole("textbox", { name: "Message" }).fill("Colour?");
  await page.getByRole("button", { name: "Send" }).click();
  await page.waitForFunction(() => /You asked: Colour\?/.test(document.body.innerText));

  await page.getByRole("button", { name: "Retry" }).click();
  // Regenerating starts over: the first tool call runs (and spins) again.
  await page.locator('[data-testid="chat-thought"].pending').waitFor({ timeout: 5000 });
  await page.waitForFunction(() => /You asked: Colour\?/.test(document.body.innerText));
  assert.equal(await page.getByTestId("chat-user").count(), 1, "retry does not repeat the question");
  assert.match(await agentAnswer(page), /main colour is blue/);

  await page.getByRole("button", { name: "Edit message" }).click();
  await page.getByRole("textbox", { name: "Edit the message" }).fill("Which colour, really?");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForFunction(() => /You asked: Which colour, really\?/.test(document.body.innerText));
  assert.equal(await page.getByTestId("chat-user").getByAltText("blue.png").count(), 1, "the edited message keeps its image");

  await page.getByRole("button", { name: "Undo" }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="chat-user"]'));
  assert.equal(await page.getByRole("textbox", { name: "Message" }).inputValue(), "Which colour, really?", "undo puts the message back in the box");
  await page.getByTestId("multimodal-textbox").getByAltText("blue.png").waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("at phone width the tabs that do not fit are one tap away, in the ⋯ menu", async () => {
  // 360 px, a common phone's width: in the theme's Source Sans Pro the four tabs just fit in 390.
  const page = await open(SHOWCASE_URL, { width: 360, height: 800 });
  const bar = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
  assert.ok(bar.page <= bar.view, `the page scrolls sideways: ${bar.page} px in a ${bar.view} px window`);
  await page.getByRole("button", { name: "More tabs" }).click();
  await page.getByRole("menuitem", { name: "Progress and errors" }).click();
  const picked = page.getByRole("tab", { name: "Progress and errors" });
  await assert.doesNotReject(picked.waitFor());
  assert.equal(await picked.getAttribute("aria-selected"), "true");
  const box = await picked.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the picked tab is on screen: ${JSON.stringify(box)}`);
  await shot(page, "tabs-360px");
  assert.deepEqual(page.errors, []);
  await page.close();
});
