// Values the build writes into the bundle (vite.config.ts, `define`).
declare const __GRADIO4J_VERSION__: string;
