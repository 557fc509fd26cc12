// Prism's per-language files register themselves on import and have no types of their own.
declare module "prismjs/components/*";
