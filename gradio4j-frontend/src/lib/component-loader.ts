// Turns a config `type` into its Svelte file, loading those the registry has on demand once each.
import { registry, type BlockComponent, type OnDemand } from "./registry";

const loaded = new Map<string, BlockComponent>();
const loading = new Map<string, Promise<BlockComponent>>();

function isOnDemand(entry: BlockComponent | OnDemand): entry is OnDemand {
  return typeof (entry as OnDemand).load === "function";
}

/** Whether the UI has a file for that type. */
export function hasComponent(type: string): boolean {
  return Object.hasOwn(registry, type);
}

/** The file for `type` if it is here already (with the page, or loaded before); else undefined. */
export function componentNow(type: string): BlockComponent | undefined {
  const entry = registry[type];
  if (!entry) return undefined;
  return isOnDemand(entry) ? loaded.get(type) : entry;
}

/** The file for `type`, loading it first if it has not come yet. */
export function loadComponent(type: string): Promise<BlockComponent> {
  const now = componentNow(type);
  if (now) return Promise.resolve(now);
  const entry = registry[type];
  if (!entry) return Promise.reject(new Error(`No component for type "${type}".`));
  let pending = loading.get(type);
  if (!pending) {
    pending = (entry as OnDemand).load().then((module) => {
      loaded.set(type, module.default);
      return module.default;
    });
    // A failed load (the network) may be tried again by the next block of that type.
    pending.catch(() => loading.delete(type));
    loading.set(type, pending);
  }
  return pending;
}

/** Loads every on-demand file: tests render synchronously as the page did before. */
export async function loadAllComponents(): Promise<void> {
  await Promise.all(Object.keys(registry).map(loadComponent));
}
