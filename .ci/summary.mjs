// Reads the JSON reports of every suite of every run and prints one closing line:
// "N passed, N failed, N skipped". Exits non-zero if a suite is missing or ran no test.
// A run is a folder, or folder:suite,suite to expect only those suites (e.g. "ci-results/server:vitest").
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line no-control-regex -- the terminal colour codes in a test's message
const KLEURCODE = /\u001b\[[0-9;]*m/g;

const runs = process.argv.slice(2);
const SUITES = [
  { file: "vitest.json", name: "vitest", count: countVitest, failures: failuresVitest },
  { file: "e2e.json", name: "playwright", count: countPlaywright, failures: failuresPlaywright },
];
let passed = 0,
  failed = 0,
  skipped = 0,
  problems = [];

for (const arg of runs) {
  const [run, only] = arg.split(":");
  for (const suite of SUITES.filter((s) => !only || only.split(",").includes(s.name))) {
    const file = path.join(run, suite.file);
    if (!existsSync(file)) {
      problems.push(`${path.basename(run)}/${suite.name}: no report (the suite did not run)`);
      failed++;
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const c = suite.count(report);
    console.log(`${path.basename(run)}/${suite.name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    // Name each failure here, next to the closing line: the log above it may be cut off.
    for (const f of suite.failures(report)) console.log(`  FAILED ${f}`);
    if (c.passed + c.failed === 0) problems.push(`${path.basename(run)}/${suite.name}: ran no test`);
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  }
}
for (const p of problems) console.log(`CI problem: ${p}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);

function countVitest(r) {
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0),
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}
function countPlaywright(r) {
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

function failuresVitest(r) {
  const out = [];
  for (const file of r.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name ?? "");
    if (file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"))
      out.push(`${name}: ${(file.message ?? "").split("\n")[0]}`);
    for (const a of file.assertionResults ?? [])
      if (a.status === "failed")
        out.push(`${name} > ${a.fullName}: ${(a.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300)}`);
  }
  return out;
}
function failuresPlaywright(r) {
  const out = [];
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === "unexpected" || t.status === "flaky") {
          const err = t.results?.find((x) => x.error)?.error?.message ?? "";
          out.push(
            `${spec.file}:${spec.line} > ${[...trail, spec.title].join(" > ")} [${t.projectName}]: ${err
              .replace(KLEURCODE, "")
              .split("\n")[0]
              .slice(0, 300)}`,
          );
        }
    for (const s of suite.suites ?? []) walk(s, s.title && !s.title.endsWith(".ts") ? [...trail, s.title] : trail);
  };
  for (const s of r.suites ?? []) walk(s, []);
  return out;
}
