import type { FileData } from "@gradio/client";
import type { App } from "./app.svelte";
import type { BlockState } from "./block.svelte";
import { fileUrl, type FileValue } from "./files";
import type { Toasts } from "./toasts.svelte";
import type { DependencyConfig, LayoutNode } from "./types";
import type { UploadServer } from "./uploads.svelte";

/**
 * What of the page around it a block may read: other blocks (and their contexts, for Tabs to fire
 * its Tab's `select`), the layout tree, the listeners, and where the server is.
 */
export interface PageView {
  block(id: number): BlockState | undefined;
  context(id: number): BlockContext | undefined;
  readonly layout: LayoutNode;
  readonly dependencies: readonly DependencyConfig[];
  readonly root: string;
  readonly apiPrefix: string;
}

/**
 * What a component may do, instead of holding the whole App: set its value as the user's input,
 * fire its events, ask which events the app listens to, upload files, show toasts. One per
 * block (App.contextFor); it reads the block's id when called, as a reload may renumber it.
 */
export class BlockContext implements UploadServer {
  readonly page: PageView;

  constructor(
    private readonly app: App,
    private readonly block: BlockState,
    /** False for a block that is no part of the page (a component in a chat message). */
    private readonly onPage = true,
  ) {
    this.page = {
      block: (id) => app.blocks.get(id),
      context: (id) => {
        const other = app.blocks.get(id);
        return other && app.contextFor(other);
      },
      get layout() {
        return app.config.layout;
      },
      get dependencies() {
        return app.config.dependencies;
      },
      get root() {
        return app.root;
      },
      get apiPrefix() {
        return app.config.api_prefix;
      },
    };
  }

  /** The user changed the value: sets it and fires `input`, then `change`. */
  input(value: unknown): void {
    if (this.onPage) this.app.input(this.block.id, value);
  }

  /** Fires one of the block's events, with its event data if it has any. */
  emit(event: string, data: unknown = null): void {
    if (this.onPage) this.app.trigger(this.block.id, event, data);
  }

  /** Whether a listener of the app runs on that event (components show some controls only then). */
  listens(event: string): boolean {
    return this.onPage && this.app.listens(this.block.id, event);
  }

  upload(files: File[]): Promise<FileData[]> {
    return this.app.upload(files);
  }

  get maxFileSize(): number | null {
    return this.app.maxFileSize;
  }

  /** Where the browser fetches a file value from. */
  fileUrl(file: FileValue | null | undefined): string | null {
    return fileUrl(file, this.page.root, this.page.apiPrefix);
  }

  get toasts(): Toasts {
    return this.app.toasts;
  }

  /** A context for a component shown inside this block's content: its events reach no listener. */
  embedded(block: BlockState): BlockContext {
    return new BlockContext(this.app, block, false);
  }
}
