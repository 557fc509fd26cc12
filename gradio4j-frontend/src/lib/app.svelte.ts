import { Client, prepare_files, type FileData } from "@gradio/client";
import { BlockContext } from "./block-context";
import { BlockState } from "./block.svelte";
import { watchReloads } from "./dev-reload";
import { callJs } from "./js-functions";
import { Toasts } from "./toasts.svelte";
import type { AppConfig, ComponentConfig, DependencyConfig, LoadingStatus, ProgressUnit } from "./types";

/** A submission of @gradio/client: its messages, and a way to stop it. */
type Submission = ReturnType<Client["submit"]>;

/** How the page's link to the server is doing. */
export type Connection = "connecting" | "connected" | "lost";

/** What makes a block "the same" across reloads: its type and key, else its id. */
function identity(block: { id: number; type: string; key?: string | number | null }): string {
  return JSON.stringify(block.key != null ? [block.type, "key", block.key] : [block.type, "id", block.id]);
}

/**
 * The running page: every block's live state, and the events between them. A component tells
 * the app what the user did ({@link App.trigger}, {@link App.input}); the app runs the listeners
 * of that event, in the browser (`js`) or on the server through @gradio/client, and writes their
 * results back into the blocks.
 */
export class App {
  /** Both replaced whole by a reload, so what reads them re-renders. */
  config: AppConfig;
  blocks: Map<number, BlockState>;
  readonly toasts = new Toasts();
  connection: Connection = $state("connecting");
  /** The "Use via API" panel. */
  apiOpen = $state(false);
  /** Why the last reload failed (dev mode), until the next one succeeds or the user closes it. */
  reloadError: string | null = $state(null);
  private client: Client | null = null;
  private readonly running = new Map<number, Submission | "local">();
  private readonly runAgain = new Map<number, { data: unknown; trigger: number | null }>();
  /** The value each block got last from the server, and its JSON then (see {@link setValue}). */
  private readonly written = new WeakMap<BlockState, { value: unknown; json: string }>();
  /** Each block's context, made once: a block keeps its state object across reloads. */
  private readonly contexts = new WeakMap<BlockState, BlockContext>();
  /** The reloads in the order the server announced them, one at a time. */
  private reloading: Promise<void> = Promise.resolve();

  constructor(config: AppConfig) {
    this.config = $state.raw(config);
    this.blocks = $state.raw(this.blocksFor(config.components, []));
  }

  /**
   * Applies a reloaded app's config in place: a block whose key and type are still there keeps
   * its state object (so its component, DOM and typed value stay), with the new props; new
   * blocks are added and gone ones dropped. Running events go on.
   */
  reload(next: AppConfig): void {
    if (next.title !== this.config.title) document.title = next.title;
    // The server writes the app's CSS into this element; a save of that CSS shows in place too.
    const css = document.getElementById("gradio4j-app-css");
    if (css && next.css !== this.config.css) css.textContent = next.css ?? "";
    // And the theme's stylesheet, under a new URL when it changed.
    const theme = document.getElementById("gradio4j-theme");
    if (theme instanceof HTMLLinkElement && next.theme_hash && next.theme_hash !== this.config.theme_hash) {
      theme.href = `theme.css?v=${next.theme_hash}`;
    }
    const previous = [...this.blocks.values()];
    this.config = next;
    this.blocks = this.blocksFor(next.components, previous);
  }

  /** The blocks of `components`, reusing the state of the `previous` ones that match. */
  private blocksFor(components: ComponentConfig[], previous: Iterable<BlockState>): Map<number, BlockState> {
    const reusable = new Map<string, BlockState>();
    for (const block of previous) reusable.set(identity(block), block);
    const blocks = new Map<number, BlockState>();
    for (const component of components) {
      const kept = reusable.get(identity(component));
      // Taken once: a key the server repeats must not share one state.
      reusable.delete(identity(component));
      kept?.reconfigure(component);
      const block = kept ?? new BlockState(component);
      block.props.interactive ??= component.type === "button" || this.defaultInteractivity(component.id, component.props.value);
      blocks.set(component.id, block);
    }
    return blocks;
  }

  /**
   * Gradio's rule for a component whose app did not say: editable when an event reads it,
   * display-only when events only write it, and otherwise editable unless it shows a value.
   * Buttons are always clickable unless told otherwise.
   */
  private defaultInteractivity(id: number, value: unknown): boolean {
    const dependencies = this.config.dependencies;
    if (dependencies.some((d) => d.inputs.includes(id))) return true;
    if (dependencies.some((d) => d.outputs.includes(id))) return false;
    return value === undefined || value === null || value === "";
  }

  /** What the component of `block` may do with the page (see {@link BlockContext}). */
  contextFor(block: BlockState): BlockContext {
    let context = this.contexts.get(block);
    if (!context) {
      context = new BlockContext(this, block);
      this.contexts.set(block, context);
    }
    return context;
  }

  /** The server's address, where the API and files live. */
  get root(): string {
    return this.config.root.replace(/\/$/, "");
  }

  /** Connects to the server, then runs the app's load events. */
  async start(): Promise<void> {
    try {
      this.client = await Client.connect(this.root, { with_null_state: true, events: ["data", "status", "log"] });
      this.connection = "connected";
      this.watchConnection(this.client.session_hash);
      if (this.config.dev_mode) this.followReloads();
    } catch (e) {
      this.connection = "lost";
      this.toasts.show("error", `Cannot reach the server: ${(e as Error).message}`, "Connection", null);
      return;
    }
    this.trigger(0, "load");
  }

  /**
   * Follows the session's heartbeat stream: the browser reconnects it by itself, so its errors
   * and reopenings tell when the server went away and when it is back.
   */
  private watchConnection(session: string): void {
    const url = `${this.root}${this.config.api_prefix}/heartbeat/${session}`;
    const heartbeat = new EventSource(url);
    heartbeat.onopen = () => (this.connection = "connected");
    heartbeat.onerror = () => (this.connection = "lost");
  }

  /** Dev mode: applies each version of the app the server reloads, and shows why one failed. */
  private followReloads(): void {
    watchReloads(`${this.root}${this.config.api_prefix}/dev/reload`, {
      reloaded: () => {
        this.reloadError = null;
        this.reloading = this.reloading.then(() => this.fetchReloaded());
      },
      failed: (text) => (this.reloadError = text),
    });
  }

  /** Refreshes the client's config (later submits use the new dependencies), then the page's. */
  private async fetchReloaded(): Promise<void> {
    try {
      this.reload((await this.client!.refresh()) as unknown as AppConfig);
    } catch (e) {
      this.reloadError = `The new version could not be loaded: ${(e as Error).message}`;
    }
  }

  /** The user changed a component's value: sets it and fires `input`, then `change`. */
  input(id: number, value: unknown): void {
    const block = this.blocks.get(id);
    if (!block) return;
    block.props.value = value;
    this.trigger(id, "input");
    this.trigger(id, "change");
  }

  /** Fires `event` of block `id` (0 is the app itself: `load`), with the event's data if any. */
  trigger(id: number, event: string, data: unknown = null): void {
    for (const dependency of this.config.dependencies) {
      if (dependency.targets.some(([target, name]) => target === id && name === event)) {
        void this.run(dependency, data, id);
      }
    }
  }

  /** Stops the running event of dependency `id`, if any. */
  cancel(id: number): void {
    const submission = this.running.get(id);
    if (submission && submission !== "local") {
      void submission.cancel();
    }
    this.runAgain.delete(id);
  }

  /**
   * Uploads files the user picked, dropped or pasted; answers their server-side descriptions
   * (FileData), ready to be a component's value. Throws with the server's message when it
   * refuses one (too large, for instance).
   */
  async upload(files: File[]): Promise<FileData[]> {
    if (!this.client) throw new Error("Not connected to the server.");
    const prepared = await prepare_files(files);
    const uploaded = await this.client.upload(prepared, this.root, undefined, this.maxFileSize ?? undefined);
    return (uploaded ?? []).filter((file): file is FileData => file !== null);
  }

  /** The largest file the server takes, in bytes; null for no limit. */
  get maxFileSize(): number | null {
    return this.config.max_file_size ?? null;
  }

  /** Whether an event of dependency `id` is running. */
  isRunning(id: number): boolean {
    return this.running.has(id);
  }

  private async run(dependency: DependencyConfig, data: unknown, trigger: number | null): Promise<void> {
    if (this.running.has(dependency.id)) {
      if (dependency.trigger_mode === "once") return;
      if (dependency.trigger_mode === "always_last") {
        this.runAgain.set(dependency.id, { data, trigger });
        return;
      }
    }
    dependency.cancels.forEach((id) => this.cancel(id));
    // Results go to the blocks of now, even if a reload renumbers them meanwhile.
    const outputs = dependency.outputs.map((id) => this.blocks.get(id));
    let success = true;
    try {
      let inputs = dependency.inputs.map((id) => this.valueOf(id));
      if (dependency.js) {
        const result = await callJs(dependency.js, inputs);
        if (!dependency.backend_fn) {
          this.applyOutputs(outputs, result);
          return;
        }
        inputs = result;
      }
      if (!dependency.backend_fn) return;
      success = await this.submit(dependency, outputs, inputs, data, trigger);
    } catch (e) {
      success = false;
      this.toasts.show("error", (e as Error).message ?? String(e), "Error");
    } finally {
      this.afterRun(dependency, success);
    }
  }

  /** Runs a server function through the queue; answers whether it succeeded. */
  private async submit(
    dependency: DependencyConfig,
    outputs: (BlockState | undefined)[],
    inputs: unknown[],
    data: unknown,
    trigger: number | null,
  ): Promise<boolean> {
    if (!this.client) throw new Error("Not connected to the server.");
    const submission = this.client.submit(dependency.id, inputs, data, trigger ?? undefined);
    this.running.set(dependency.id, submission);
    const shown = (dependency.show_progress_on ?? dependency.outputs)
      .map((id) => this.blocks.get(id))
      .filter((block): block is BlockState => block !== undefined && block.type !== "state");
    const started = Date.now();
    this.setLoading(shown, {
      status: "pending", queuePosition: null, queueSize: null, eta: null, startedAt: started,
      progress: null, showProgress: dependency.show_progress, message: null,
    });
    let success = true;
    for await (const message of submission) {
      if (message.type === "data") {
        this.applyOutputs(outputs, message.data as unknown[]);
        if (dependency.scroll_to_output) this.scrollTo(outputs[0]);
      } else if (message.type === "log") {
        const level = message.level === "warning" || message.level === "success" ? message.level : "info";
        if (message.visible !== false) this.toasts.show(level, message.log, message.title, message.duration ?? 10);
      } else if (message.type === "status") {
        if (message.stage === "error") {
          success = false;
          if (message.broken) this.connection = "lost";
          // A cancelled run ends with an invisible error: nothing to tell the user.
          if ((message as { visible?: boolean }).visible !== false) {
            const title = (message as { title?: string }).title ?? "Error";
            const duration = (message as { duration?: number | null }).duration;
            const text = typeof message.message === "string" ? message.message : "Error";
            this.toasts.show("error", text, title, duration === undefined ? 10 : duration);
          }
          break;
        }
        if (message.stage === "complete") break;
        this.setLoading(shown, {
          status: message.stage === "generating" || message.stage === "streaming" ? "generating" : "pending",
          queuePosition: message.position ?? null,
          queueSize: message.size ?? null,
          eta: message.eta ?? null,
          startedAt: started,
          progress: (message.progress_data as ProgressUnit[] | undefined) ?? null,
          showProgress: dependency.show_progress,
          message: null,
        });
      }
    }
    this.setLoading(shown, null);
    return success;
  }

  /** After an event: chained `.then` / `.success` / `.failure` listeners, and a waiting re-run. */
  private afterRun(dependency: DependencyConfig, success: boolean): void {
    this.running.delete(dependency.id);
    const again = this.runAgain.get(dependency.id);
    if (again) {
      this.runAgain.delete(dependency.id);
      // The listener as it is now: a reload may have changed it.
      const current = this.config.dependencies.find((d) => d.id === dependency.id);
      if (current) void this.run(current, again.data, again.trigger);
    }
    for (const next of this.config.dependencies) {
      if (next.trigger_after !== dependency.id) continue;
      if (next.trigger_only_on_success && !success) continue;
      if (next.trigger_only_on_failure && success) continue;
      void this.run(next, null, null);
    }
  }

  private valueOf(id: number): unknown {
    const block = this.blocks.get(id);
    if (!block || block.type === "state") return null;
    return $state.snapshot(block.props.value) ?? null;
  }

  /** Writes an event's results: plain values, or `{"__type__": "update", ...props}`. */
  private applyOutputs(outputs: (BlockState | undefined)[], data: unknown[]): void {
    outputs.forEach((block, i) => {
      if (!block || block.type === "state" || i >= data.length) return;
      const result = data[i];
      if (result !== null && typeof result === "object" && (result as Record<string, unknown>).__type__ === "update") {
        for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
          if (key === "__type__") continue;
          if (key === "value") this.setValue(block, value);
          else block.props[key] = value;
        }
      } else {
        this.setValue(block, result);
      }
    });
  }

  /**
   * Sets a value from the server; a changed value fires the block's `change` event. Telling takes
   * the value's JSON (a long chat's, on each streamed token), so only when the app listens to that
   * event; and the old value's is the one kept from the last write, as long as the block still
   * holds that value: @gradio/client edits a streamed value in place, so the block's own copy
   * may already show the new text.
   */
  private setValue(block: BlockState, value: unknown): void {
    if (!this.listens(block.id, "change")) {
      block.props.value = value;
      this.written.delete(block);
      return;
    }
    const last = this.written.get(block);
    const before = last && last.value === block.props.value ? last.json : JSON.stringify(block.props.value ?? null);
    const json = JSON.stringify(value ?? null);
    block.props.value = value;
    this.written.set(block, { value: block.props.value, json });
    if (json !== before) this.trigger(block.id, "change");
  }

  /** Whether a listener of the app runs on `event` of block `id` (components show some controls only then). */
  listens(id: number, event: string): boolean {
    return this.config.dependencies.some((d) => d.targets.some(([target, name]) => target === id && name === event));
  }

  private setLoading(blocks: BlockState[], status: LoadingStatus | null): void {
    for (const block of blocks) block.loading = status;
  }

  private scrollTo(block: BlockState | undefined): void {
    if (!block) return;
    document.querySelector(`[data-block-id="${block.id}"]`)?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }
}
