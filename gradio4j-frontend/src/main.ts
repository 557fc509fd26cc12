import { mount } from "svelte";
import App from "./App.svelte";
import Login from "./lib/Login.svelte";
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
      : mount(App, { target, props: { config } }),
  (error) => (target.textContent = `This app's configuration could not be loaded: ${error}`),
);
