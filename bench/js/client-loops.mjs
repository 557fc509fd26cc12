// node client-loops.mjs URL LOOPS SECONDS: LOOPS official clients call /echo one after another
// for SECONDS (after a one-second warm-up); prints {"count", "seconds", "p50", "p99"} in ms, and
// "total", the predictions of the whole run, warm-up included.
import { Client } from "@gradio/client";

const [url, loops, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const clients = await Promise.all(Array.from({ length: loops }, () => Client.connect(url)));

async function loop(client, i, until, latencies) {
  while (performance.now() < until) {
    const started = performance.now();
    const result = await client.predict("/echo", [`hello ${i}`]);
    const finished = performance.now();
    if (result.data[0] !== `hello ${i}`) throw new Error(`echo answered ${JSON.stringify(result.data)}`);
    if (finished <= until) latencies.push(finished - started);
  }
}

const run = async (ms) => {
  const latencies = [];
  const until = performance.now() + ms;
  await Promise.all(clients.map((client, i) => loop(client, i, until, latencies)));
  return latencies.sort((a, b) => a - b);
};

const warmup = await run(1000);
const latencies = await run(seconds * 1000);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
console.log(JSON.stringify({ count: latencies.length, total: warmup.length + latencies.length, seconds, p50: at(50), p99: at(99) }));
clients.forEach((client) => client.close());
process.exit(0);
