// The e2e tests use Debian's Chromium (docs/architectuur.md "Tests": never `npx playwright install`).
// Installs it with apt-get when we are root on Debian; otherwise says what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(browser)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium ontbreekt: installeren met apt-get…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
  } else {
    console.error(
      `Chromium niet gevonden op ${browser}. Installeer het (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
