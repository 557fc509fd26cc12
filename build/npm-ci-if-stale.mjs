// Runs `npm ci` in the given folder unless its node_modules is current: npm writes
// node_modules/.package-lock.json at the end of every install, so an install is current when that
// file is newer than package.json and package-lock.json. Saves a reinstall (tens of seconds) on
// every build of an unchanged checkout.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? ".");
const installed = join(dir, "node_modules", ".package-lock.json");
const changed = (file) => statSync(join(dir, file)).mtimeMs;
const current = existsSync(installed)
  && statSync(installed).mtimeMs >= Math.max(changed("package.json"), changed("package-lock.json"));
if (current) {
  console.log(`node_modules in ${dir} is current; no npm ci.`);
} else {
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
}
