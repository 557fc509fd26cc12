// node sequential-calls.mjs URL N: one @gradio/client calls /echo N times, each call awaited
// before the next, as a user's script would. A call with no answer for 3 s counts as lost; it is
// then given 10 s more, and if it still has none the run stops there (no later call would come
// to open a stream that brings it). Prints {"calls", "lost", "undelivered"} as JSON.
import { Client } from "@gradio/client";

const [url, calls] = [process.argv[2], Number(process.argv[3])];
const client = await Client.connect(url);
const within = (promise, ms) => {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve("late"), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};
let lost = 0;
let undelivered = 0;
let made = 0;
for (let i = 0; i < calls; i++, made++) {
  const call = client.predict("/echo", [`m${i}`]);
  let result = await within(call, 3000);
  if (result === "late") {
    lost++;
    console.error(`call ${i}: no answer after 3 s`);
    result = await within(call, 10000);
    if (result === "late") {
      undelivered++;
      made++;
      break;
    }
  }
  if (result.data[0] !== `m${i}`) throw new Error(`call ${i} answered ${JSON.stringify(result.data)}`);
}
console.log(JSON.stringify({ calls: made, lost, undelivered }));
client.close();
process.exit(0);
