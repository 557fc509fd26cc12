import { mount } from "svelte";
import App from "./App.svelte";
import Login from "./lib/Login.svelte";
import { hasComponent, loadComponent } from "./lib/component-loader";
import type { AppConfig } from "./lib/types";
import "./theme.css";

declare global {
  interface Window {
    gradio_config?: AppConfig;
  }
}

/** The page carries its config (the server writes it in); a page without one asks for it. */
async function loadConfig(): Promise<AppConfig> {
  if (window.gradio_config) return window.gradio_config;
  const response = await fetch(new URL("config", location.href));
  return (await response.json()) as AppConfig;
}

/**
 * Starts fetching every on-demand component the app uses at once, while the page mounts, rather
 * than one round trip after another as blocks first render.
 */
function prefetchComponents(config: AppConfig): void {
  for (const type of new Set(config.components.map((component) => component.type))) {
    if (hasComponent(type)) loadComponent(type).catch(() => {});   // a block retries when it renders
  }
}

const target = document.getElementById("gradio4j-app")!;
loadConfig().then(
  (config) =>
    config.auth_required
      ? mount(Login, {
          target,
          props: {
            title: config.title ?? null,
            message: config.auth_message ?? null,
            passwordLogin: config.password_login ?? true,
            provider: config.sso_login ?? null,
          },
        })
      : (prefetchComponents(config), mount(App, { target, props: { config } })),
  (error) => (target.textContent = `This app's configuration could not be loaded: ${error}`),
);
