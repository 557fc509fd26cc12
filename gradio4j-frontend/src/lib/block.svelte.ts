import type { ComponentConfig, LoadingStatus } from "./types";

/**
 * The live state of one block of the page: its props (value included), kept in sync with the
 * server's updates, and what it shows while an event that writes to it runs.
 */
export class BlockState {
  readonly id: number;
  readonly type: string;
  readonly key: string | number | null;
  props: Record<string, any> = $state({});
  loading: LoadingStatus | null = $state(null);

  constructor(config: ComponentConfig) {
    this.id = config.id;
    this.type = config.type;
    this.key = config.key ?? null;
    this.props = { ...config.props };
  }
}
