/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/*.css"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // Bundled into build/index.js (tree-shaken, one file) instead of imported file by file at start:
  // drizzle-orm cost the most start-up CPU (docs/decisions/024).
  serverDependenciesToBundle: [/^drizzle-orm/],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
