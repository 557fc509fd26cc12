import type { ComponentConfig, LoadingStatus } from "./types";

/**
 * The props the user sets in the browser: a component's value, the shown tab, an open
 * accordion. A reload keeps them where they changed since the config, and otherwise takes the
 * new config's (so an edited Markdown text or button label shows).
 */
const KEPT_BY_RELOAD = ["value", "selected", "open"];

/**
 * The live state of one block of the page: its props (value included), kept in sync with the
 * server's updates, and what it shows while an event that writes to it runs.
 */
export class BlockState<P extends object = Record<string, any>> {
  /** Changes when a reload renumbers the blocks; the state object stays. */
  id: number = $state(0);
  readonly type: string;
  readonly key: string | number | null;
  /** Typed by the component that shows the block (its props interface); the config's as sent. */
  props: P = $state({} as P);
  loading: LoadingStatus | null = $state(null);
  /** The props as the config gave them, to tell what changed since. */
  private configured: Record<string, any>;

  constructor(config: ComponentConfig) {
    this.id = config.id;
    this.type = config.type;
    this.key = config.key ?? null;
    this.configured = config.props;
    this.props = { ...config.props } as P;
  }

  /** Takes this block's config from a reloaded app, keeping what the user or an event changed. */
  reconfigure(config: ComponentConfig): void {
    const props = { ...config.props };
    const own = this.props as Record<string, unknown>;
    for (const name of KEPT_BY_RELOAD) {
      const current = $state.snapshot(own[name]);
      if (JSON.stringify(current) !== JSON.stringify(this.configured[name])) props[name] = current;
    }
    this.id = config.id;
    this.configured = config.props;
    this.props = props as P;
  }
}
