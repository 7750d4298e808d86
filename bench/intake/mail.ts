/**
 * CPU per confirmation e-mail (bench/README.md "Intake"), in this process, for the three ways to
 * render it: react-email's `render` twice (HTML and text, as before), one render (`renderVolledig`),
 * and the variant rendered once and filled in (`renderMail` for verzoek_ontvangen). Also
 * formatDatum with a new Intl.DateTimeFormat per call (as before) against the cached one.
 *
 *   node --import tsx bench/intake/mail.ts [--runs 2000]
 */
import { performance } from "node:perf_hooks";
import { render } from "@react-email/components";
import { createElement } from "react";
import { formatDatum } from "../../app/i18n/taal";
import { renderMail, renderVolledig, sjabloonVan, type MailOrganisatie } from "../../emails";

const i = process.argv.indexOf("--runs");
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 2000;

const organisatie: MailOrganisatie = {
  naam: "Zorgpraktijk De Linde",
  straat: "Lindelaan 12",
  postcode: "3811 AB",
  plaats: "Amersfoort",
  email: "privacy@delinde.example",
  telefoon: "033 000 0000",
  fgNaam: "M. de Vries",
  fgEmail: "fg@delinde.example",
  klachtenroute: "Klachtenfunctionaris De Linde, klachten@delinde.example.",
};
function data(n: number) {
  const nummer = `AVG-2026-${String(n).padStart(6, "0")}`;
  return {
    nummer,
    type: "inzage" as const,
    ontvangenOp: "2026-11-22",
    doelTermijn: "2026-12-22",
    wettelijkeTermijn: "2027-01-22",
    url: `http://localhost:3000/mijn/verzoeken/${nummer}`,
  };
}

async function meet(naam: string, stap: (n: number) => Promise<unknown> | unknown): Promise<void> {
  for (let n = 0; n < Math.min(200, RUNS); n++) await stap(n); // warm-up (JIT, caches)
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  for (let n = 0; n < RUNS; n++) await stap(1000 + n);
  const c = process.cpuUsage(cpu);
  console.log(
    `${naam.padEnd(58)} ${((c.user + c.system) / 1000 / RUNS).toFixed(3)} ms CPU, ${((performance.now() - t0) / RUNS).toFixed(3)} ms elapsed`,
  );
}

const sjabloon = sjabloonVan("verzoek_ontvangen");
await meet("react-email render ×2 (HTML + text), as before", async (n) => {
  const element = createElement(sjabloon.Component, { data: data(n), taal: "nl", organisatie });
  await Promise.all([render(element), render(element, { plainText: true })]);
});
await meet("one render: HTML + toPlainText (renderVolledig)", (n) =>
  renderVolledig("verzoek_ontvangen", data(n), "nl", organisatie),
);
await meet("rendered once per variant, filled in (renderMail)", (n) =>
  renderMail("verzoek_ontvangen", data(n), "nl", organisatie),
);
await meet("formatDatum ×1000, new Intl.DateTimeFormat per call (before)", () => {
  for (let k = 0; k < 1000; k++) {
    new Intl.DateTimeFormat("nl-NL", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(2026, 10, 22)));
  }
});
await meet("formatDatum ×1000, cached formatter (now)", () => {
  for (let k = 0; k < 1000; k++) formatDatum("2026-11-22", "nl");
});
