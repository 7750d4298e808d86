/**
 * The second half of `npm run build` (after `remix build`): bundles the server entry, the worker and
 * every command into build/*.js with esbuild, so production runs them with plain `node`: no tsx, no
 * Remix CLI, only the packages under "dependencies" (they stay outside the bundles).
 *
 *   build/index.js            Remix's server build (routes and services), written by `remix build`
 *   build/server.js           the web process (server.ts); takes the services from build/index.js
 *   build/worker.js           the job worker (app/jobs/worker.ts)
 *   build/cli-<command>.js    migrate, backup, restore, audit-verify, decision-verify, staff-invite
 *
 * The bundles sit one folder below the project root, like build/index.js, so paths the code finds
 * next to itself (db/migrations, public/) resolve the same from the sources and from the bundles.
 */
import { build } from "esbuild";
import { readdirSync } from "node:fs";

const opdrachten = readdirSync("app/cli")
  .filter((naam) => naam.endsWith(".ts") && !naam.endsWith(".test.ts") && naam !== "omgeving.ts")
  .map((naam) => naam.replace(/\.ts$/, ""));

const entryPoints = {
  server: "server.ts",
  worker: "app/jobs/worker.ts",
  ...Object.fromEntries(opdrachten.map((naam) => [`cli-${naam}`, `app/cli/${naam}.ts`])),
};

const started = Date.now();
await build({
  entryPoints,
  outdir: "build",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22.12",
  packages: "external",
  // The app's "~/…" imports (tsconfig paths) resolve through tsconfig.json.
  tsconfig: "tsconfig.json",
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
});
console.log(
  `Gebundeld in ${Date.now() - started} ms: ${Object.keys(entryPoints)
    .map((n) => `build/${n}.js`)
    .join(", ")}`,
);
