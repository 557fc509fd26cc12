// Uses each app of the parity corpus in Gradio's own web page (the one in Gradio's pip package),
// in headless Chromium, as a user would. GradioPageTest.java serves the apps on gradio4j behind
// that page and passes SERVERS, a JSON file from each app's name to its page's URL; DATA is the
// corpus's data folder (files to upload). Each app's page must load (no endless "Loading..."),
// throw no script error, get no error answer from the server, and give the result of the steps
// below, read from the page as a user reads it.
//
// The same steps pass on the real Gradio serving the Python twins (parity/serve.py prints their
// URLs; write them to a file and pass it as SERVERS): they test the page, not our reading of it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const { SERVERS, DATA, SCREENSHOTS = "screenshots", CHROMIUM = "/usr/bin/chromium" } = process.env;
assert.ok(SERVERS && DATA, "set SERVERS (a JSON file of app name to URL) and DATA (the corpus's data folder)");
const urls = JSON.parse(readFileSync(SERVERS, "utf8"));
mkdirSync(SCREENSHOTS, { recursive: true });

// Routes whose 404 the page gets over: /gradio_api/mcp/schema, which Gradio answers 404 to as well
// without an MCP server.
const UNSERVED = [/^\/gradio_api\/mcp\/schema$/];

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
});
after(async () => browser?.close());

/** Retries `check` until it passes or `timeout` ms have gone by (then throws its last failure). */
async function eventually(check, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const field = (page, label) => page.getByLabel(label, { exact: true });
const button = (page, name) => page.getByRole("button", { name, exact: true });
const valueOf = (page, label, expected) =>
  eventually(async () => assert.equal(await field(page, label).inputValue(), expected));
const shows = (page, locator, pattern) =>
  eventually(async () => assert.match(await locator.innerText(), pattern));
const chat = (page) => page.getByRole("log");

/** What to do in each app, and what the page must then show (the twins' CALLS, done by hand). */
const STEPS = {
  async hello_world(page) {
    await field(page, "name").fill("Ada");
    await button(page, "Submit").click();
    await valueOf(page, "output", "Welcome aboard, Ada!");
    // the API page, from the API description inlined in the page, with the page's own address
    await button(page, "Use via API logo").click();
    await shows(page, page.locator("body"), /API name: \/greet/);
    await shows(page, page.locator("body"), new RegExp(`Client\\("${new URL(page.url()).origin}"\\)`));
    await shows(page, page.locator("body"), /Accepts 1 parameter:\s*name str Required/);
  },
  async hello_world_multi(page) {
    await field(page, "name").fill("Grace");
    await page.getByRole("checkbox", { name: "morning" }).check();
    await field(page, "number input for temperature").fill("25");
    await field(page, "number input for temperature").blur();
    await button(page, "Submit").click();
    await valueOf(page, "greeting", "Good morning, Grace. It is 25 degrees.");
    await valueOf(page, "fahrenheit", "77");
  },
  async calculator(page) {
    // an example fills the inputs; Submit runs them
    await page.getByRole("row", { name: "9 divide 4" }).click();
    await valueOf(page, "first", "9");
    await button(page, "Submit").click();
    await valueOf(page, "result", "2.25");
  },
  async blocks_hello(page) {
    await field(page, "name").fill("Marie");
    await shows(page, page.getByRole("main"), /Nice to meet you, Marie!/);
  },
  async blocks_flipper(page) {
    await field(page, "forward").fill("stressed");
    await button(page, "Reverse").click();
    await valueOf(page, "backward", "desserts");
    await page.getByRole("tab", { name: "Shout" }).click();
    await field(page, "quiet").fill("hello there");
    await button(page, "Shout").click();
    await valueOf(page, "loud", "HELLO THERE!");
  },
  async sentence_builder(page) {
    await page.getByRole("checkbox", { name: "sang" }).check();
    await page.getByRole("radio", { name: "morning" }).check();
    await button(page, "Submit").click();
    await valueOf(page, "sentence", "3 owls quietly sang in the morning, in garden.");
  },
  async state_counter(page) {
    await button(page, "One more").click();
    await valueOf(page, "clicks", "1");
    await button(page, "One more").click();
    await valueOf(page, "clicks", "2");
    await button(page, "Start over").click();
    await valueOf(page, "clicks", "0");
  },
  async chatbot_simple(page) {
    await field(page, "message").fill("good morning to you");
    await field(page, "message").press("Enter");
    await shows(page, chat(page), /That message has 4 word\(s\); we have exchanged 0 before\./);
    await valueOf(page, "message", "");
    await field(page, "message").fill("again");
    await field(page, "message").press("Enter");
    await shows(page, chat(page), /That message has 1 word\(s\); we have exchanged 1 before\./);
  },
  async chat_echo(page) {
    await page.getByRole("textbox").fill("ping");
    await page.getByRole("textbox").press("Enter");
    await shows(page, chat(page), /Echo 1: ping/);
    await page.getByRole("textbox").fill("pong");
    await page.getByRole("textbox").press("Enter");
    await shows(page, chat(page), /Echo 2: pong/);
  },
  async chat_streaming_echo(page) {
    await page.getByRole("textbox").fill("stream me");
    await page.getByRole("textbox").press("Enter");
    await shows(page, chat(page), /Spelling: stream me/);
  },
  async chat_multimodal(page) {
    await page.locator("input[type=file]").setInputFiles(join(DATA, "arrow.png"));
    await page.getByRole("textbox").fill("a picture");
    await button(page, "Submit").click();
    await shows(page, chat(page), /1 attachment\(s\) \(arrow\.png\) with the note: a picture/);
  },
  async json_output(page) {
    await field(page, "word").fill("Racecar");
    await button(page, "Submit").click();
    await shows(page, page.getByRole("main"), /palindrome[\s\S]*true/);
    await shows(page, page.getByRole("main"), /"front"[\s\S]*"Rac"/);
  },
  async label_classifier(page) {
    await field(page, "sentence").fill("the team lost the ball in the rain");
    await button(page, "Submit").click();
    // the top class is the Label's heading, and the three first are listed with their confidence
    await shows(page, page.getByTestId("label-output-value"), /^sport$/);
    await shows(page, page.getByRole("main"), /sport\s+\d+%[\s\S]*weather\s+\d+%[\s\S]*food\s+\d+%/);
    assert.doesNotMatch(await page.getByRole("main").innerText(), /music|travel/);
  },
  async color_picker(page) {
    await button(page, "Find the complement").click();
    await valueOf(page, "complement", "#cc9933");
    await shows(page, page.getByRole("main"), /#3366cc[\s\S]*#cc9933/);
  },
  async file_io(page) {
    await page.locator("input[type=file]").setInputFiles(join(DATA, "poem.txt"));
    await shows(page, page.getByRole("main"), /poem\.txt/);
    await button(page, "Number the lines").click();
    await valueOf(page, "summary", "3 lines, 13 words");
    const link = page.locator("a[download='numbered_poem.txt']");
    await link.waitFor();
    const text = await page.evaluate(async (href) => (await fetch(href)).text(), await link.getAttribute("href"));
    assert.equal(text, "1: the quiet harbour\n2: boats asleep on the water\n3: gulls keep the night watch\n");
  },
  async image_mirror(page) {
    await page.locator("input[type=file]").setInputFiles(join(DATA, "arrow.png"));
    await page.locator("img[src*='arrow.png']").waitFor();
    await button(page, "Submit").click();
    // the output image is the input mirrored: each pixel of a row comes from the other end of it
    const pixels = await eventually(() => page.evaluate(async () => {
      const images = [...document.querySelectorAll("img")].filter((image) => image.src.includes("file="));
      const [source, mirrored] = [images.find((image) => image.src.includes("arrow.png")),
        images.find((image) => !image.src.includes("arrow.png"))];
      if (!mirrored?.complete || !mirrored.naturalWidth) throw new Error("no mirrored image yet");
      const read = (image) => {
        const canvas = Object.assign(document.createElement("canvas"), { width: image.naturalWidth, height: image.naturalHeight });
        canvas.getContext("2d").drawImage(image, 0, 0);
        return canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      };
      return { source: [...read(source).data], mirrored: [...read(mirrored).data], width: source.naturalWidth };
    }));
    const { source, mirrored, width } = pixels;
    assert.equal(mirrored.length, source.length);
    for (let i = 0; i < source.length / 4; i++) {
      const x = i % width;
      const from = (i - x + (width - 1 - x)) * 4;
      assert.deepEqual(mirrored.slice(i * 4, i * 4 + 3), source.slice(from, from + 3), `pixel ${i}`);
    }
  },
  async layout_blocks(page) {
    await field(page, "first name").fill("Ada");
    await field(page, "last name").fill("Lovelace");
    await field(page, "age").fill("36");
    await page.getByRole("checkbox", { name: "subscriber" }).check();
    await button(page, "More ▼").click();
    await field(page, "notes").fill("wrote the first program");
    await button(page, "Make the card").click();
    await valueOf(page, "card", "Ada Lovelace, 36\nflags: subscriber\nnotes: wrote the first program");
  },
  async streaming_generator(page) {
    await button(page, "Count down").click();
    await valueOf(page, "countdown", "3 2 1 0 liftoff");
  },
  async error_demo(page) {
    await field(page, "age").fill("thirty");
    await button(page, "Check").click();
    await shows(page, page.getByTestId("toast-body"), /'thirty' is not a whole number of years\./);
    await field(page, "age").fill("32");
    await button(page, "Check").click();
    await valueOf(page, "verdict", "In ten years you will be 42.");
  },
  async progress_demo(page) {
    await button(page, "Process").click();
    await valueOf(page, "report", "4 stages, checksum 10");
  },
  async chained_events(page) {
    await field(page, "number").fill("21");
    await button(page, "Double").click();
    await valueOf(page, "double", "42");
    await valueOf(page, "log", "an attempt was made");
    await valueOf(page, "outcome", "doubled to 42");
    await field(page, "number").fill("many");
    await button(page, "Double").click();
    await valueOf(page, "outcome", "could not double that");
  },
  async blocks_examples(page) {
    // an example that runs its function when clicked
    await button(page, "apple").click();
    await valueOf(page, "word", "apple");
    await valueOf(page, "pig latin", "appleway");
  },
  async dataset_click(page) {
    await page.getByRole("row", { name: "omelette 1" }).click();
    await valueOf(page, "dish", "omelette");
    await valueOf(page, "servings", "1");
    await button(page, "Plan").click();
    await valueOf(page, "plan", "Cook omelette for 1.");
  },
  async select_event(page) {
    await page.getByRole("radio", { name: "pear" }).check();
    await valueOf(page, "last selection", "selected pear at 1");
    // (Gradio's page sends a CheckboxGroup's select with the value before the tick)
    await page.getByRole("checkbox", { name: "nuts" }).check();
    await valueOf(page, "last selection", "nuts ticked, 0 ticked in all");
  },
  async gr_on_triggers(page) {
    await field(page, "query").fill("red apples");
    await field(page, "query").press("Enter");
    await valueOf(page, "search", "searching 2 term(s), at most 10 results: red+apples");
  },
  async update_props(page) {
    await page.getByRole("radio", { name: "long" }).check();
    await field(page, "long answer").waitFor();
    await shows(page, page.getByRole("main"), /Take your time\./);
    await page.getByRole("radio", { name: "choice" }).check();
    await shows(page, page.getByRole("main"), /Pick one\./);
    await field(page, "options").waitFor();
    assert.equal(await field(page, "long answer").count(), 0, "the answer box is hidden again");
  },
  async tabbed_interface(page) {
    const shown = (label) => field(page, label).locator("visible=true");
    await shows(page, page.getByRole("main"), /Text tools/);
    await shown("text").fill("hello");
    await button(page, "Submit").locator("visible=true").click();
    await valueOf(page, "shouted", "HELLO!");
    await page.getByRole("tab", { name: "Mirror" }).click();
    await shown("text").fill("stressed");
    await button(page, "Submit").locator("visible=true").click();
    await valueOf(page, "mirrored", "desserts");
  },
  async interface_live(page) {
    assert.equal(await button(page, "Submit").count(), 0, "a live interface has no Submit button");
    await field(page, "word").pressSequentially("echo", { delay: 30 });
    await valueOf(page, "repeated", "echo echo");
  },
  async interface_streaming(page) {
    // Gradio's Interface for a generator: Stop hidden until a run starts, then in Submit's place.
    const shown = async () => [await button(page, "Submit").count(), await button(page, "Stop").count()];
    assert.deepEqual(await shown(), [1, 0], "before a run, only Submit shows");
    await field(page, "to").fill("40");
    await button(page, "Submit").click();
    await eventually(async () => assert.match(await field(page, "counted").inputValue(), /^1 2/));
    await eventually(async () => assert.deepEqual(await shown(), [0, 1], "while it runs, only Stop shows"));
    await button(page, "Stop").click();
    await eventually(async () => assert.deepEqual(await shown(), [1, 0], "stopped, Submit is back"));
    const stopped = await field(page, "counted").inputValue();
    await new Promise((resolve) => setTimeout(resolve, 700));
    assert.equal(await field(page, "counted").inputValue(), stopped, "the run stopped");
    await field(page, "to").fill("2");
    await button(page, "Submit").click();
    await valueOf(page, "counted", "1 2");
    await eventually(async () => assert.deepEqual(await shown(), [1, 0], "after a run, Submit is back"));
  },
  async flagging_options(page) {
    await field(page, "words").fill("seven");
    await button(page, "Submit").click();
    await valueOf(page, "summary", "5 characters");
    // The flag goes to the server (any error answer fails the test), and the button comes back.
    await button(page, "Flag as incorrect").click();
    await button(page, "Flag as incorrect").waitFor();
  },
  async cached_examples(page) {
    // the first example and its cached output are preloaded; a click on a label shows another's at once
    await valueOf(page, "word", "echo");
    await valueOf(page, "repeated", "echo echo echo");
    await page.getByText("Two pings", { exact: true }).click();
    await valueOf(page, "word", "ping");
    await valueOf(page, "times", "2");
    await valueOf(page, "repeated", "ping ping");
  },
  async interface_batch(page) {
    await field(page, "text").fill("four");
    await button(page, "Submit").click();
    await valueOf(page, "length", "4");
  },
  async interface_output_only(page) {
    // no inputs: Generate (not Submit) under the output, Stop in its place while the run streams
    assert.equal(await button(page, "Submit").count(), 0, "an output-only interface has no Submit");
    assert.equal(await button(page, "Stop").count(), 0, "Stop is hidden before a run");
    await button(page, "Generate").click();
    await valueOf(page, "launch", "Liftoff!");
    await button(page, "Generate").waitFor();
    await button(page, "Clear").click();
    await valueOf(page, "launch", "");
  },
  async interface_unified(page) {
    // one box, both input and output: Submit writes the result over what was typed
    await field(page, "text").fill("  tidy   THIS up ");
    await button(page, "Submit").click();
    await valueOf(page, "text", "Tidy this up");
    await button(page, "Start over").click();
    await valueOf(page, "text", "");
  },
  async interface_input_only(page) {
    // nothing comes back but the function's toast
    await field(page, "note").fill("buy milk");
    await button(page, "Save").click();
    await shows(page, page.locator("body"), /Saved: buy milk/);
  },
};

test("every app of the corpus has its steps here", () => {
  assert.deepEqual(Object.keys(urls).sort(), Object.keys(STEPS).sort());
});

for (const [name, url] of Object.entries(urls)) {
  test(`${name} works in Gradio's page`, async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors = [];
    const asked = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    page.on("pageerror", (error) => errors.push(`script error: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400 && !UNSERVED.some((unserved) => unserved.test(new URL(response.url()).pathname))) {
        errors.push(`${response.status()} for ${response.request().method()} ${response.url()}`);
      }
    });
    try {
      await page.goto(url);
      await page.getByRole("main").waitFor();
      await eventually(async () => assert.doesNotMatch(await page.locator("body").innerText(), /Loading\.\.\./));
      await STEPS[name](page);
      assert.deepEqual(errors, []);
      // Gradio's launch() asks startup-events, its page never does: what the page does cannot hang on it.
      assert.deepEqual(asked.filter((path) => path.endsWith("/startup-events")), []);
    } finally {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => {});
      await page.close();
    }
  });
}
