import { Hr, Link, Section, Text } from "@react-email/components";
import { RECHT_KORT } from "../app/domain/herinneringen";
import { STATUS_LABELS, type OpenVerzoekStatus } from "../app/domain/request-state";
import type { Verzoektype } from "../app/domain/request-types";
import { urgentieTekst } from "../app/domain/wachtrij";
import { formatDatum } from "../app/i18n/taal";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * The backoffice's daily digest (app/services/herinneringen.server.ts `stuurDagoverzicht`): open
 * requests with a target or legal limit within 7 days, overdue ones first.
 * Data minimisation (AVG art. 5 lid 1 sub c): an e-mail leaves the system, so it carries only the
 * request number, the right, the dates, the status, who handles it (a colleague, not the client)
 * and a link into the backoffice; never the name or other data of the client.
 */
export type DagoverzichtRegel = {
  nummer: string;
  type: Verzoektype;
  status: OpenVerzoekStatus;
  /** YYYY-MM-DD (Europe/Amsterdam). */
  doelTermijn: string;
  wettelijkeTermijn: string;
  /** Calendar days to the target and to the legal limit (negative = overdue). */
  dagenTotDoel: number;
  dagenTotWettelijk: number;
  teLaat: boolean;
  /** A draft decision waits for a director's signature (it counts against the deadline). */
  wachtOpHandtekening: boolean;
  /** "u" when the recipient handles it; a colleague's name; or nobody yet. */
  behandelaar: { soort: "u" } | { soort: "collega"; naam: string } | { soort: "niemand" };
  /** /backoffice/verzoeken/:id */
  url: string;
};

export type DagoverzichtData = {
  /** The day of the digest, YYYY-MM-DD. */
  datum: string;
  regels: DagoverzichtRegel[];
  /** The queue in the backoffice. */
  wachtrijUrl: string;
  /**
   * The audit log's last row and its hash when the digest was made (docs/decisions/019): a copy of
   * the chain head outside the system; `npm run audit:verify -- --kop ID:HASH` checks it later.
   */
  auditKop?: { laatsteId: number; hash: string };
};

function aantal(n: number, taal: MailTaal): string {
  if (taal === "nl") return n === 1 ? "1 verzoek" : `${n} verzoeken`;
  return n === 1 ? "1 request" : `${n} requests`;
}

const T = {
  nl: {
    onderwerp: (d: DagoverzichtData) =>
      `Dagoverzicht ${formatDatum(d.datum, "nl", { weekday: false })}: ${aantal(d.regels.length, "nl")} met een termijn binnen 7 dagen`,
    intro: (d: DagoverzichtData) =>
      `Goedemorgen. Dit is het overzicht van ${formatDatum(d.datum, "nl")}. Bij ${aantal(d.regels.length, "nl")} is de termijn binnen 7 dagen, of al voorbij. De verzoeken die te laat zijn, staan bovenaan.`,
    teLaatKop: (n: number) => `Te laat (${n})`,
    binnenkortKop: (n: number) => `Binnen 7 dagen (${n})`,
    verzoek: "Verzoek",
    recht: "Recht:",
    doel: "Doeltermijn:",
    wettelijk: "Wettelijke termijn:",
    status: "Status:",
    behandelaar: "Behandelaar:",
    u: "u",
    niemand: "nog niemand",
    handtekening: "Er ligt een conceptbesluit dat wacht op de handtekening van de directie. De termijn loopt door.",
    open: "Open het verzoek",
    wachtrij: "Naar de wachtrij",
    privacy:
      "In deze e-mail staan geen namen van cliënten. U ziet alle gegevens als u het verzoek opent in de backoffice.",
    auditKop: (k: { laatsteId: number; hash: string }) =>
      `Controlegetal van het logboek, voor de beheerder (gooi deze e-mail niet weg): ${k.laatsteId}:${k.hash}`,
  },
  en: {
    onderwerp: (d: DagoverzichtData) =>
      `Daily overview ${formatDatum(d.datum, "en", { weekday: false })}: ${aantal(d.regels.length, "en")} due within 7 days`,
    intro: (d: DagoverzichtData) =>
      `Good morning. This is the overview for ${formatDatum(d.datum, "en")}. ${aantal(d.regels.length, "en")} ${d.regels.length === 1 ? "is" : "are"} due within 7 days, or overdue. Overdue requests are listed first.`,
    teLaatKop: (n: number) => `Overdue (${n})`,
    binnenkortKop: (n: number) => `Within 7 days (${n})`,
    verzoek: "Request",
    recht: "Right:",
    doel: "Target date:",
    wettelijk: "Legal limit:",
    status: "Status:",
    behandelaar: "Handled by:",
    u: "you",
    niemand: "nobody yet",
    handtekening: "A draft decision is waiting for the management's signature. The time limit keeps running.",
    open: "Open the request",
    wachtrij: "Go to the queue",
    privacy: "This e-mail contains no client names. You see all details when you open the request in the backoffice.",
    auditKop: (k: { laatsteId: number; hash: string }) =>
      `Check value of the audit log, for the administrator (please keep this e-mail): ${k.laatsteId}:${k.hash}`,
  },
} as const;

const kopStijl = { fontSize: "17px", fontWeight: 700, margin: "20px 0 8px" } as const;
const regelStijl = { fontSize: "15px", lineHeight: "1.5", margin: "0" } as const;

function Regel({ regel, taal }: { regel: DagoverzichtRegel; taal: MailTaal }) {
  const t = T[taal];
  const behandelaar =
    regel.behandelaar.soort === "u" ? t.u : regel.behandelaar.soort === "collega" ? regel.behandelaar.naam : t.niemand;
  return (
    <Section style={{ margin: "0 0 14px" }}>
      <Text style={{ ...regelStijl, fontWeight: 700 }}>
        {t.verzoek} {regel.nummer}
      </Text>
      <Text style={regelStijl}>
        {t.recht} {RECHT_KORT[regel.type][taal]}
      </Text>
      <Text style={regelStijl}>
        {t.doel} {formatDatum(regel.doelTermijn, taal)} ({urgentieTekst(regel.dagenTotDoel)[taal]})
      </Text>
      <Text style={regelStijl}>
        {t.wettelijk} {formatDatum(regel.wettelijkeTermijn, taal)} ({urgentieTekst(regel.dagenTotWettelijk)[taal]})
      </Text>
      <Text style={regelStijl}>
        {t.status} {STATUS_LABELS[regel.status].staff[taal]}
      </Text>
      <Text style={regelStijl}>
        {t.behandelaar} {behandelaar}
      </Text>
      {regel.wachtOpHandtekening ? <Text style={regelStijl}>{t.handtekening}</Text> : null}
      <Text style={regelStijl}>
        <Link href={regel.url}>{t.open}</Link>: {regel.url}
      </Text>
    </Section>
  );
}

export const dagoverzichtMail = {
  onderwerp: (d: DagoverzichtData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: DagoverzichtData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    const teLaat = data.regels.filter((r) => r.teLaat);
    const binnenkort = data.regels.filter((r) => !r.teLaat);
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {teLaat.length > 0 ? (
          <>
            <Text style={kopStijl}>{t.teLaatKop(teLaat.length)}</Text>
            {teLaat.map((r) => (
              <Regel key={r.nummer} regel={r} taal={taal} />
            ))}
          </>
        ) : null}
        {binnenkort.length > 0 ? (
          <>
            <Text style={kopStijl}>{t.binnenkortKop(binnenkort.length)}</Text>
            {binnenkort.map((r) => (
              <Regel key={r.nummer} regel={r} taal={taal} />
            ))}
          </>
        ) : null}
        <Hr />
        <Text style={tekstStijl}>
          <Link href={data.wachtrijUrl}>{t.wachtrij}</Link>: {data.wachtrijUrl}
        </Text>
        <Text style={tekstStijl}>{t.privacy}</Text>
        {data.auditKop ? (
          <Text style={{ ...tekstStijl, fontSize: "12px", wordBreak: "break-all" }}>{t.auditKop(data.auditKop)}</Text>
        ) : null}
      </MailLayout>
    );
  },
};
