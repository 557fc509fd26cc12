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
export class BlockState {
  /** Changes when a reload renumbers the blocks; the state object stays. */
  id: number = $state(0);
  readonly type: string;
  readonly key: string | number | null;
  props: Record<string, any> = $state({});
  loading: LoadingStatus | null = $state(null);
  /** The props as the config gave them, to tell what changed since. */
  private configured: Record<string, any>;

  constructor(config: ComponentConfig) {
    this.id = config.id;
    this.type = config.type;
    this.key = config.key ?? null;
    this.configured = config.props;
    this.props = { ...config.props };
  }

  /** Takes this block's config from a reloaded app, keeping what the user or an event changed. */
  reconfigure(config: ComponentConfig): void {
    const props = { ...config.props };
    for (const name of KEPT_BY_RELOAD) {
      const current = $state.snapshot(this.props[name]);
      if (JSON.stringify(current) !== JSON.stringify(this.configured[name])) props[name] = current;
    }
    this.id = config.id;
    this.configured = config.props;
    this.props = props;
  }
}
