// node chat-stream.mjs --java JAVA --classpath CP [--runs 3] [--history 200] [--rate 200] [--seconds 30] [--profile DIR]
//
// The chat streaming benchmark (see BENCHMARKS.md): starts ChatStreamApp twice, with a long history
// and with an empty one, then for each run and each app opens the chat in Debian's headless
// Chromium, sends a message and measures the streamed answer (rate × seconds words):
// - the queue stream's bytes and each SSE message's size, counted in the page as the body of the
//   /queue/data request passes through a TransformStream on its way to @gradio/client (no content
//   encoding: these are the bytes on the wire, less HTTP chunk framing). CDP's Network.dataReceived
//   encodedDataLength ("wireBytes" in the JSON lines) agrees to the chunk framing but misses the last
//   message: the client aborts the request at close_stream, and its last chunk goes unreported;
// - the renderer main thread's busy time (CDP Performance.getMetrics deltas), long tasks (a
//   PerformanceObserver), the lag of a 50 ms setInterval, and keypress → next frame while the answer
//   streams (a key typed into the message box every 500 ms);
// - the chatbot's DOM updates (MutationObserver batches) against the updates received;
// - that the answer shown has every word. Prints a Markdown table of medians, and ratios of the
//   long history to the empty one, taken in the same run. --profile writes a CPU profile of one
//   streamed answer per app (the first run's) and prints its heaviest functions.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const { values: opts } = parseArgs({
  options: {
    java: { type: "string", default: "java" },
    classpath: { type: "string" },
    runs: { type: "string", default: "3" },
    history: { type: "string", default: "200" },
    rate: { type: "string", default: "200" },
    seconds: { type: "string", default: "30" },
    profile: { type: "string" },
  },
});
if (!opts.classpath) throw new Error("--classpath (the bench module's classes and dependencies) is required");
const runs = Number(opts.runs);
const rate = Number(opts.rate);
const tokens = Math.round(rate * Number(opts.seconds));
const HISTORY = Number(opts.history);

// ---- The apps --------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function startApp(history) {
  const port = await freePort();
  const child = spawn(opts.java, ["-cp", opts.classpath, "dev.gradio4j.bench.ChatStreamApp", String(history), String(rate), opts.seconds], {
    env: { ...process.env, GRADIO_SERVER_PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (chunk) => (log = (log + chunk).slice(-4000)));
  child.on("exit", (code) => code && !child.killed && console.error(`ChatStreamApp (${history}-message history) exited with ${code}:\n${log}`));
  const url = `http://127.0.0.1:${port}/`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`ChatStreamApp exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}config`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { history, url, child };
}

/** The process's CPU time so far (user + system), in seconds. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime: fields 14, 15 of stat, in ticks of 1/100 s
}

// ---- In the page -----------------------------------------------------------------------------

/** Installed before the app's scripts: counts the queue stream's messages, long tasks and frames. */
function probes() {
  const bench = (window.__bench = { messages: [], longTasks: [], frames: 0, completed: false });
  const original = window.fetch;
  window.fetch = async (...args) => {
    const response = await original(...args);
    const url = String(args[0]?.url ?? args[0]);
    if (!url.includes("/queue/data") || !response.body) return response;
    // Sizes only: find each message's end ("\n\n") in the bytes as they pass.
    let size = 0;
    let lastByte = -1;
    let first = null;
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        for (let i = 0; i < chunk.length; i++) {
          const byte = chunk[i];
          if (size < 40) first = (first ?? "") + String.fromCharCode(byte);
          size++;
          if (byte === 10 && lastByte === 10) {
            const kind = /"msg":"(\w+)"/.exec(first)?.[1] ?? "other";
            bench.messages.push({ kind, size, at: performance.now() });
            if (kind === "process_completed") bench.completed = true;
            size = 0;
            first = null;
          }
          lastByte = byte;
        }
        controller.enqueue(chunk);
      },
    }));
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const frame = () => {
    bench.frames++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Started just before the message is sent: the lag probe, key latencies, the chatbot's DOM updates. */
function startWatching() {
  const bench = window.__bench;
  bench.lags = [];
  bench.keys = [];
  bench.domUpdates = 0;
  bench.framesAtStart = bench.frames;
  bench.startedAt = performance.now();
  let expected = performance.now() + 50;
  bench.lagTimer = setInterval(() => {
    const now = performance.now();
    bench.lags.push(Math.max(0, now - expected));
    expected = now + 50;
  }, 50);
  const chatbot = document.querySelector('[data-testid="chatbot"]');
  bench.observer = new MutationObserver(() => bench.domUpdates++);
  bench.observer.observe(chatbot, { childList: true, subtree: true, characterData: true });
  // Keypress → the next frame after the box took the key (the key's time is when the browser got it).
  const box = document.querySelector('textarea[placeholder="Type a message…"], input[placeholder="Type a message…"]');
  let pressed = null;
  box.addEventListener("keydown", (event) => (pressed = { at: event.timeStamp, length: box.value.length }));
  box.addEventListener("input", () => {
    const key = pressed;
    if (!key) return;
    requestAnimationFrame(() => bench.keys.push({ latency: performance.now() - key.at, shown: box.value.length === key.length + 1 }));
  });
}

function stopWatching() {
  const bench = window.__bench;
  clearInterval(bench.lagTimer);
  bench.observer.disconnect();
  const last = [...document.querySelectorAll('[data-testid="chat-assistant"]')].at(-1);
  return {
    lags: bench.lags,
    keys: bench.keys,
    domUpdates: bench.domUpdates,
    frames: bench.frames - bench.framesAtStart,
    longTasks: bench.longTasks.filter((t) => t.start >= bench.startedAt),
    messages: bench.messages.filter((m) => m.at >= bench.startedAt),
    words: (last?.innerText ?? "").split(/\s+/).filter(Boolean).length,
  };
}

// ---- One streamed answer ---------------------------------------------------------------------

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

async function streamOnce(browser, app, words, { profile = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(probes);
  await page.goto(app.url);
  // The history alternates user and assistant: a bubble each.
  await page.waitForFunction((n) => document.querySelector('[data-testid="chatbot"]')
    && document.querySelectorAll('[data-testid="chat-user"], [data-testid="chat-assistant"]').length >= n, app.history);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Network.enable");
  const wire = new Map(); // requestId → {headers, total}
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.request.url.includes("/queue/data")) wire.set(e.requestId, { received: 0, done: false });
  });
  cdp.on("Network.dataReceived", (e) => {
    if (wire.has(e.requestId)) {
      wire.get(e.requestId).received += e.encodedDataLength;
    }
  });
  // The client aborts the stream at close_stream: it ends failed (cancelled), not finished.
  for (const end of ["Network.loadingFinished", "Network.loadingFailed"]) {
    cdp.on(end, (e) => wire.has(e.requestId) && (wire.get(e.requestId).done = true));
  }
  await page.waitForTimeout(500); // the first render settles
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }

  const box = page.getByPlaceholder("Type a message…");
  await box.fill(`Tell me a long story, ${words} words.`);
  await page.evaluate(startWatching);
  const before = metrics(await cdp.send("Performance.getMetrics"));
  const serverBefore = cpuSeconds(app.child.pid);
  await box.press("Enter");
  // A key every 500 ms while the answer streams; each is timed in the page.
  const deadline = Date.now() + (words / rate) * 1000 * 3 + 20000;
  // The main thread's busy time as the answer grows, from the same metrics every 500 ms.
  const busyOverTime = [before];
  do {
    if (Date.now() > deadline) throw new Error(`the answer did not complete (${app.history}-message history)`);
    await page.waitForTimeout(500);
    await page.keyboard.press("x");
    busyOverTime.push(metrics(await cdp.send("Performance.getMetrics")));
  } while (!(await page.evaluate(() => window.__bench.completed)));
  const after = metrics(await cdp.send("Performance.getMetrics"));
  busyOverTime.push(after);
  const serverCpu = cpuSeconds(app.child.pid) - serverBefore;
  // The page may still be behind: wait until the whole answer shows (or give up after 20 s).
  const shownAfter = await page.evaluate(async (words) => {
    const completed = window.__bench.messages.find((m) => m.kind === "process_completed").at;
    const shown = () => ([...document.querySelectorAll('[data-testid="chat-assistant"]')].at(-1)?.innerText ?? "")
      .split(/\s+/).filter(Boolean).length === words;
    while (!shown() && performance.now() - completed < 20000) await new Promise((r) => setTimeout(r, 10));
    return performance.now() - completed;
  }, words);
  for (let i = 0; i < 100 && [...wire.values()].some((r) => !r.done); i++) await page.waitForTimeout(50);
  const seen = await page.evaluate(stopWatching);
  let profiled = null;
  if (profile) {
    const { profile: cpuProfile } = await cdp.send("Profiler.stop");
    writeFileSync(profile, JSON.stringify(cpuProfile));
    profiled = heaviest(cpuProfile);
  }
  await context.close();

  if (seen.words !== words) {
    throw new Error(`the answer shows ${seen.words} words, not ${words} (${app.history}-message history)`);
  }
  if (errors.length > 0) throw new Error(`errors in the page: ${errors.join("; ")}`);
  const wall = after.Timestamp - before.Timestamp; // seconds, Enter → the answer complete
  const body = [...wire.values()].reduce((sum, r) => sum + r.received, 0);
  const data = seen.messages.filter((m) => m.kind === "process_generating");
  const diffs = data.slice(1).map((m) => m.size);
  const tenth = Math.max(1, Math.floor(diffs.length / 10));
  const completedAt = seen.messages.find((m) => m.kind === "process_completed").at;
  return {
    history: app.history,
    words,
    answerSeconds: (completedAt - data[0].at) / 1000,
    shownAfter,
    updates: data.length,
    wireBytes: body,
    wireBytesPerToken: body / words,
    sseBytes: seen.messages.reduce((sum, m) => sum + m.size, 0),
    firstMessage: data[0].size,
    diffMedian: median(diffs),
    diffMax: Math.max(...diffs),
    diffMedianFirstTenth: median(diffs.slice(0, tenth)),
    diffMedianLastTenth: median(diffs.slice(-tenth)),
    completedMessage: seen.messages.find((m) => m.kind === "process_completed").size,
    busy: (after.TaskDuration - before.TaskDuration) / wall,
    busyFirstTenth: busyBetween(busyOverTime, 0, 0.1),
    busyLastTenth: busyBetween(busyOverTime, 0.9, 1),
    script: (after.ScriptDuration - before.ScriptDuration) / wall,
    layout: (after.LayoutDuration - before.LayoutDuration) / wall,
    style: (after.RecalcStyleDuration - before.RecalcStyleDuration) / wall,
    serverCpu: serverCpu / wall,
    longTasks: seen.longTasks.length,
    longestTask: Math.max(0, ...seen.longTasks.map((t) => t.duration)),
    lagP50: percentile(seen.lags, 50),
    lagP99: percentile(seen.lags, 99),
    lagMax: Math.max(...seen.lags),
    keyP50: percentile(seen.keys.map((k) => k.latency), 50),
    keyMax: Math.max(...seen.keys.map((k) => k.latency)),
    keys: seen.keys.length,
    keysShown: seen.keys.filter((k) => k.shown).length,
    domUpdates: seen.domUpdates,
    frames: seen.frames,
    wall,
    profiled,
  };
}

/** The busy share between two fractions of the samples' time span, from the samples nearest them. */
function busyBetween(samples, from, to) {
  const start = samples[0].Timestamp;
  const span = samples.at(-1).Timestamp - start;
  const near = (f) => samples.reduce((best, s) => (Math.abs(s.Timestamp - start - f * span) < Math.abs(best.Timestamp - start - f * span) ? s : best));
  const [a, b] = [near(from), near(to)];
  return (b.TaskDuration - a.TaskDuration) / (b.Timestamp - a.Timestamp);
}

function metrics({ metrics: list }) {
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The functions with the most self time in a CPU profile, with their share of the samples. */
function heaviest(profile, top = 15) {
  const self = new Map();
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  let total = 0;
  for (const node of profile.nodes) {
    const n = counts.get(node.id) ?? 0;
    total += n;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url ? url.split("/").at(-1) : ""}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + n);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => `${(100 * n / total).toFixed(1)}% ${name}`);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(values) {
  return percentile(values, 50);
}

// ---- The run ---------------------------------------------------------------------------------

const apps = [await startApp(HISTORY), await startApp(0)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
const results = new Map(apps.map((app) => [app, []]));
try {
  for (const app of apps) await streamOnce(browser, app, Math.min(tokens, 400)); // warm-up, not counted
  if (opts.profile) mkdirSync(opts.profile, { recursive: true });
  for (let run = 0; run < runs; run++) {
    for (const app of apps) {
      const profile = opts.profile && run === 0 ? join(opts.profile, `chat-${app.history}.cpuprofile`) : null;
      const result = await streamOnce(browser, app, tokens, { profile });
      results.get(app).push(result);
      const { profiled, ...figures } = result;
      console.error(JSON.stringify(figures));
      if (profiled) console.error(`CPU profile, ${app.history}-message history (self time):\n  ${profiled.join("\n  ")}`);
    }
  }
} finally {
  await browser.close();
  for (const app of apps) app.child.kill();
}

// ---- The table -------------------------------------------------------------------------------

const med = (app, key) => median(results.get(app).map((r) => r[key]));
const [full, empty] = apps;
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : "–"); // "–": too short an answer to tell
const ms = (x) => `${x.toFixed(1)} ms`;
const int = (x) => Math.round(x).toLocaleString("en-US");
const B = (x) => `${int(x)} B`;
const rows = [
  ["answer: words, updates received, first → last update", (a) => `${int(med(a, "words"))} words, ${int(med(a, "updates"))} updates, ${med(a, "answerSeconds").toFixed(2)} s`, null],
  ["last update received → whole answer on screen", (a) => ms(med(a, "shownAfter")), "shownAfter"],
  ["queue stream per token (whole answer, first and last messages included)", (a) => B(med(a, "sseBytes") / med(a, "words")), "sseBytes"],
  ["SSE message sizes: first update / median diff / largest diff", (a) => `${B(med(a, "firstMessage"))} / ${B(med(a, "diffMedian"))} / ${B(med(a, "diffMax"))}`, "firstMessage"],
  ["median diff, first tenth → last tenth of the answer", (a) => `${B(med(a, "diffMedianFirstTenth"))} → ${B(med(a, "diffMedianLastTenth"))}`, null],
  ["`process_completed` (the whole conversation again)", (a) => B(med(a, "completedMessage")), "completedMessage"],
  ["main thread busy (TaskDuration / wall time)", (a) => pct(med(a, "busy")), "busy"],
  ["… in the first tenth of the answer → the last tenth", (a) => `${pct(med(a, "busyFirstTenth"))} → ${pct(med(a, "busyLastTenth"))}`, "busyLastTenth"],
  ["… of which script / layout / style", (a) => `${pct(med(a, "script"))} / ${pct(med(a, "layout"))} / ${pct(med(a, "style"))}`, "script"],
  ["long tasks (> 50 ms): count, longest", (a) => `${int(med(a, "longTasks"))}, ${med(a, "longestTask").toFixed(0)} ms`, "longTasks"],
  ["event-loop lag (50 ms interval): p50 / p99 / max", (a) => `${ms(med(a, "lagP50"))} / ${ms(med(a, "lagP99"))} / ${ms(med(a, "lagMax"))}`, "lagP99"],
  ["keypress → next frame while streaming: p50 / max", (a) => `${ms(med(a, "keyP50"))} / ${ms(med(a, "keyMax"))} (${int(med(a, "keys"))} keys)`, "keyP50"],
  ["chatbot DOM updates / frames / updates received", (a) => `${int(med(a, "domUpdates"))} / ${int(med(a, "frames"))} / ${int(med(a, "updates"))}`, "domUpdates"],
  ["server CPU (share of one core)", (a) => pct(med(a, "serverCpu")), "serverCpu"],
];
console.log(`| measure (median of ${runs}) | ${HISTORY}-message history | empty history | ratio |`);
console.log("|---|---|---|---|");
for (const [label, show, key] of rows) {
  const ratio = key ? med(full, key) / med(empty, key) : null;
  console.log(`| ${label} | ${show(full)} | ${show(empty)} | ${ratio === null || !Number.isFinite(ratio) ? "" : `${ratio.toFixed(2)}×`} |`);
}
