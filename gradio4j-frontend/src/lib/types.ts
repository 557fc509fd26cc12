// The shapes of the app config (GET /config) that the page renders, as a Gradio 6 server sends them.

/** A component or layout block of the config. */
export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, any>;
  skip_api?: boolean;
  key?: string | number | null;
}

/** The props every block of the config may have; each component's props interface extends it. */
export interface CommonProps {
  /** The component's name (its config type), as Gradio sends it. */
  name?: string;
  /** The app's key for the block, kept across reloads; the page matches blocks by id. */
  key?: string | number | null;
  visible?: boolean | "hidden";
  elem_id?: string | null;
  elem_classes?: string | string[] | null;
  scale?: number | null;
  min_width?: number | null;
  container?: boolean;
  /** Set by the page when the config leaves it out (see App.defaultInteractivity). */
  interactive?: boolean;
}

/** The props of a component with a label above it. */
export interface LabelledProps extends CommonProps {
  label?: string | null;
  show_label?: boolean;
  info?: string | null;
  /** Gradio 6's corner buttons ("copy", "download", "fullscreen", "share"...; [] for none), read by the components that have them. */
  buttons?: string[] | null;
}

/** A node of the layout tree: a block id and, for layouts, its children. */
export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

/** One event listener of the app: what triggers it, what it reads and writes, how it runs. */
export interface DependencyConfig {
  id: number;
  targets: [number, string][];
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  js: string | null;
  queue: boolean;
  api_name: string | null;
  scroll_to_output: boolean;
  show_progress: "full" | "minimal" | "hidden";
  show_progress_on?: number[] | null;
  cancels: number[];
  types: { generator: boolean; cancel: boolean };
  trigger_after: number | null;
  trigger_only_on_success: boolean;
  trigger_only_on_failure: boolean;
  trigger_mode: "once" | "multiple" | "always_last";
  collects_event_data?: boolean;
}

/** The page's config. */
export interface AppConfig {
  version: string;
  root: string;
  api_prefix: string;
  mode: string;
  title: string;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
  layout: LayoutNode;
  css: string | null;
  /** The SHA-256 of the theme's stylesheet, `theme.css`; it changes when the theme does. */
  theme_hash?: string | null;
  js: string | null;
  head: string | null;
  show_error: boolean;
  max_file_size: number | null;
  fill_height?: boolean;
  fill_width?: boolean;
  /** Running under the reloader: the page follows `{api_prefix}/dev/reload`. */
  dev_mode?: boolean;
  /** The app needs a login first: the page shows the login form, and the config holds nothing else. */
  auth_required?: boolean;
  auth_message?: string | null;
  /** The login page offers a password form. */
  password_login?: boolean;
  /** The single sign-on provider's name, when the login page offers one. */
  sso_login?: string | null;
}

/** What an output shows while its event runs. */
export interface LoadingStatus {
  status: "pending" | "generating" | "complete" | "error";
  /** 0-based position in the queue, while waiting. */
  queuePosition: number | null;
  queueSize: number | null;
  /** Seconds the event is expected to take, from the server's estimate. */
  eta: number | null;
  /** When the event started waiting or running (ms since epoch), for the elapsed timer. */
  startedAt: number;
  progress: ProgressUnit[] | null;
  showProgress: "full" | "minimal" | "hidden";
  message: string | null;
}

export interface ProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  progress: number | null;
  desc: string | null;
}

/** A toast: an error, warning, info or success message. */
export interface Toast {
  id: number;
  level: "error" | "warning" | "info" | "success";
  title: string;
  message: string;
  /** Seconds before it closes itself; null stays until closed. */
  duration: number | null;
}
