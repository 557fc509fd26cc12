// App configs for the tests, as the server writes them, with only what a test cares about given.
import type { AppConfig, ComponentConfig, DependencyConfig, LayoutNode } from "../lib/types";

/** A listener: `event` of block `target` runs a backend function reading `inputs`, writing `outputs`. */
export function listener(
  id: number,
  target: [number, string],
  { inputs = [], outputs = [], queue = false }: { inputs?: number[]; outputs?: number[]; queue?: boolean } = {},
): DependencyConfig {
  return {
    id, targets: [target], inputs, outputs, backend_fn: true, js: null, queue, api_name: null,
    scroll_to_output: false, show_progress: "full", cancels: [], types: { generator: false, cancel: false },
    trigger_after: null, trigger_only_on_success: false, trigger_only_on_failure: false, trigger_mode: "multiple",
  };
}

/** An app of `components` (laid out at the top, in order, unless `children` says otherwise). */
export function appConfig(
  components: ComponentConfig[],
  { dependencies = [], children, title = "t", devMode }: {
    dependencies?: DependencyConfig[]; children?: LayoutNode[]; title?: string; devMode?: boolean;
  } = {},
): AppConfig {
  return {
    version: "6", root: "http://h", api_prefix: "/gradio_api", mode: "blocks", title, components, dependencies,
    layout: { id: 0, children: children ?? components.map((component) => ({ id: component.id })) },
    css: null, js: null, head: null, show_error: true, max_file_size: null,
    ...(devMode === undefined ? {} : { dev_mode: devMode }),
  } as AppConfig;
}
