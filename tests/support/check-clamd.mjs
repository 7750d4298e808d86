// The file tests use a real clamd (tests/support/clamd.ts, decision 028): Debian's clamav-daemon.
// Installs it with apt-get when we are root on Debian; otherwise says what to do. The test setup
// starts its own clamd (own config, own EICAR signature, no freshclam), so the service stays off.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const kandidaten = [process.env.CLAMD_PATH, "/usr/sbin/clamd", "/usr/bin/clamd"].filter(Boolean);
if (!kandidaten.some((p) => existsSync(p))) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("clamd ontbreekt: clamav-daemon installeren met apt-get…");
    // The system service is not used: tests/support/clamd.ts starts its own clamd.
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon",
      { stdio: "inherit" },
    );
  } else {
    console.error(
      "clamd niet gevonden. Installeer het (Debian/Ubuntu: sudo apt-get install clamav-daemon) of zet CLAMD_PATH.",
    );
    process.exit(1);
  }
}
