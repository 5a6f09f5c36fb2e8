/// <reference types="vite/client" />

/** The app version, injected at build time. */
declare const __FAZHI_VERSION__: string;
