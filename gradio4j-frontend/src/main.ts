import { mount } from "svelte";
import App from "./App.svelte";
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
  (config) => mount(App, { target, props: { config } }),
  (error) => (target.textContent = `This app's configuration could not be loaded: ${error}`),
);
