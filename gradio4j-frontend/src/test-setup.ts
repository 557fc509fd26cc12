// Before each test file's tests: the components the page loads on demand are loaded, so that a
// test renders any component at once, as it would once the page has fetched it. Imported here,
// after the test file's own imports, so that the file's vi.mock(...) reach them too.
import { beforeAll } from "vitest";

beforeAll(async () => {
  const { loadAllComponents } = await import("./lib/component-loader");
  await loadAllComponents();
});
