import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { RELATIE_LABELS } from "~/domain/eligibility";
import {
  beoordeelRuw,
  CORRECTIE_RIJEN_MAX,
  CORRECTIE_RIJEN_START,
  eersteStapMetFout,
  foutenTotStap,
  intakeFoutMap,
  isIntakeFoutCode,
  isStap,
  maakIntakeSchema,
  stappenVoor,
  VERTEGENWOORDIGER_RELATIES,
  type IntakeFoutCode,
  type IntakeFouten,
  type Stap,
  type VerzoekInvoer,
} from "~/domain/intake";
import type { Reason } from "~/domain/request-state";
import { TEKSTLIMIET, type Tekstsoort } from "~/domain/tekstlimieten";
import { isVerzoektype, VERZOEKTYPEN, type Verzoektype } from "~/domain/request-types";
import { BERICHTEN, type Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { vraagCodeAan } from "~/services/email-codes.server";
import {
  bevestigEmailVoorVerzoek,
  dienVerzoekIn,
  intakeFormulier,
  IntakeFout,
  nieuweIdempotentieSleutel,
  type BezwaarVerwerking,
} from "~/services/intake.server";
import { getSessie } from "~/services/sessies.server";
import { useEffect, useRef } from "react";
import { leesFormulier } from "~/server/invoer.server";
import { TussentijdseAfscherming } from "~/ui/verzoek-tussentijdse-afscherming";

/**
 * /verzoek: the request wizard (docs/decisions/006-intake-wizard.md). First the e-mail address is
 * verified with a code (that signs the visitor in); then, as a signed-in account, one step per
 * page: who files, the person concerned, the right, its details, check and send. Every step is a
 * plain POST that works without JavaScript; the answers of the other steps travel along in hidden
 * fields, and every step is validated again on the server with the same schema as the service.
 */

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].verzoek.metaTitel }];
};

/** Form fields that steer the wizard and are not part of the request. */
const STUURVELDEN = new Set(["intent", "stap", "website", "sleutel", "rijen"]);

type EmailScherm = {
  scherm: "email";
  email: string;
  fout: "leeg" | "ongeldig" | "neutraal" | null;
  wachtSeconden: number | null;
};
type CodeScherm = {
  scherm: "code";
  email: string;
  fout: "leeg" | "formaat" | "onjuist" | "geblokkeerd" | "verlopen" | "geen_code" | "neutraal" | null;
  resterend: number | null;
  melding: "nieuwe_code" | null;
  wachtSeconden: number | null;
  /** With wachtSeconden (nothing sent): does the code already sent still work? */
  geldigeCode?: boolean;
};
type WizardMelding = { soort: "neutraal" } | { soort: "te_vaak"; minuten: number } | { soort: "sleutel" };
type WizardScherm = {
  scherm: "wizard";
  stap: Stap;
  waarden: Record<string, string>;
  fouten: IntakeFouten;
  rijen: number;
  sleutel: string | null;
  weigering: Reason | null;
  notitie: Reason | null;
  invoer: VerzoekInvoer | null;
  melding: WizardMelding | null;
};
type Scherm = EmailScherm | CodeScherm | WizardScherm;

export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await getSessie(request);
  const { verwerkingen } = await intakeFormulier();
  return {
    account: sessie?.soort === "client" ? { email: sessie.account.email } : null,
    verwerkingen,
  };
}

const EmailVeld = z.string().trim().min(1, "leeg").max(254, "ongeldig").pipe(z.email({ error: "ongeldig" }));

export async function action({ request }: ActionFunctionArgs): Promise<Scherm | Response> {
  const taal = await taalVanRequest(request);
  const formData = await leesFormulier(request);
  const intent = String(formData.get("intent") ?? "volgende");
  const honeypotGevuld = String(formData.get("website") ?? "").trim() !== "";

  if (intent === "code_aanvragen" || intent === "code_opnieuw" || intent === "code_controleren") {
    return emailActie(intent, formData, taal, honeypotGevuld);
  }

  const sessie = await getSessie(request);
  if (sessie?.soort !== "client") {
    // The session ended (or never was): back to the e-mail step, nothing kept.
    return { scherm: "email", email: "", fout: null, wachtSeconden: null };
  }

  // The nested form data (conform's names: "betrokkene.naam", "correctie.rijen[0].welk").
  const payload = (parseWithZod(formData, { schema: z.unknown() }).payload ?? {}) as Record<string, unknown>;

  if (intent === "indienen" && !honeypotGevuld) {
    // The service validates everything itself; the page is only rebuilt when it refuses.
    try {
      const resultaat = await dienVerzoekIn(
        { accountId: sessie.account.id },
        {
          gegevens: payload,
          idempotentieSleutel: String(formData.get("sleutel") ?? ""),
          website: String(formData.get("website") ?? ""),
          taal,
        },
      );
      return redirect(`/verzoek/ontvangen/${resultaat.nummer}`);
    } catch (error) {
      if (!(error instanceof IntakeFout)) throw error;
      return await wizardScherm(formData, payload, "indienen", false, error);
    }
  }
  return await wizardScherm(formData, payload, intent, honeypotGevuld, null);
}

/** The next page of the wizard for this POST (the same step with errors, or the next one). */
async function wizardScherm(
  formData: FormData,
  payload: Record<string, unknown>,
  intent: string,
  honeypotGevuld: boolean,
  afwijzing: IntakeFout | null,
): Promise<WizardScherm> {
  const { context } = await intakeFormulier();
  const submission = parseWithZod(formData, { schema: maakIntakeSchema(context), error: intakeFoutMap });
  const waarden = platteWaarden(formData);
  const voorWie = waarden["indiener.voorWie"];
  const volgorde = stappenVoor(voorWie);
  const stapVeld = formData.get("stap");
  const huidig: Stap = isStap(stapVeld) && volgorde.includes(stapVeld) ? stapVeld : "wie";
  const alleFouten = submission.status === "success" ? {} : foutcodes(submission.error);
  const invoer = submission.status === "success" ? submission.value : null;
  const beslissing = beoordeelRuw(payload, context);
  const basis = {
    scherm: "wizard" as const,
    waarden,
    rijen: aantalRijen(formData, waarden),
    sleutel: null,
    weigering: null,
    notitie: beslissing?.allowed ? (beslissing.note ?? null) : null,
    invoer: null,
    melding: null,
    fouten: {},
  } satisfies Omit<WizardScherm, "stap">;

  if (intent === "terug") {
    const i = volgorde.indexOf(huidig);
    return { ...basis, stap: volgorde[Math.max(0, i - 1)]! };
  }
  if (intent.startsWith("naar:")) {
    const doel = intent.slice("naar:".length);
    return { ...basis, stap: isStap(doel) && volgorde.includes(doel) ? doel : huidig };
  }
  if (intent === "rij_toevoegen") {
    return { ...basis, stap: "details", rijen: Math.min(CORRECTIE_RIJEN_MAX, basis.rijen + 1) };
  }

  if (honeypotGevuld) {
    // A neutral message; the page stays as it was (the check page keeps its summary and key).
    const controle = huidig === "controle" ? { invoer, sleutel: String(formData.get("sleutel") ?? "") || null } : {};
    return { ...basis, ...controle, stap: huidig, melding: { soort: "neutraal" } };
  }

  if (afwijzing) {
    const controle = { ...basis, stap: "controle" as const, invoer, sleutel: nieuweIdempotentieSleutel() };
    switch (afwijzing.code) {
      case "ongeldig": {
        const fouten = afwijzing.extra.fouten ?? {};
        return { ...basis, stap: eersteStapMetFout(fouten) ?? huidig, fouten };
      }
      case "niet_toegestaan":
        return { ...basis, stap: "betrokkene", weigering: afwijzing.extra.weigering ?? null, notitie: null };
      case "te_vaak":
        return {
          ...controle,
          sleutel: String(formData.get("sleutel") ?? ""),
          melding: { soort: "te_vaak", minuten: afwijzing.extra.wachtMinuten ?? 60 },
        };
      case "honeypot":
        return { ...controle, melding: { soort: "neutraal" } };
      default:
        return { ...controle, melding: { soort: "sleutel" } };
    }
  }

  // "volgende": this step and the ones before it must be right; then the eligibility.
  const fouten = foutenTotStap(alleFouten, huidig);
  if (Object.keys(fouten).length > 0) {
    const eerste = eersteStapMetFout(fouten) ?? huidig;
    return { ...basis, stap: eerste, fouten };
  }
  const stapIndex = STAP_ORDE.indexOf(huidig);
  if (stapIndex >= STAP_ORDE.indexOf("betrokkene") && beslissing && !beslissing.allowed) {
    return { ...basis, stap: "betrokkene", weigering: beslissing.reason, notitie: null };
  }
  const volgende = volgorde[volgorde.indexOf(huidig) + 1] ?? "controle";
  if (volgende === "controle") {
    if (!invoer) {
      // Only reachable with a tampered form: show the first step with an error.
      return { ...basis, stap: eersteStapMetFout(alleFouten) ?? "wie", fouten: alleFouten };
    }
    return { ...basis, stap: "controle", invoer, sleutel: nieuweIdempotentieSleutel() };
  }
  return { ...basis, stap: volgende };
}

const STAP_ORDE: readonly Stap[] = ["wie", "relatie", "betrokkene", "recht", "details", "controle"];

async function emailActie(
  intent: string,
  formData: FormData,
  taal: Taal,
  honeypotGevuld: boolean,
): Promise<Scherm | Response> {
  const email = EmailVeld.safeParse(formData.get("email") ?? "");
  const getypt = String(formData.get("email") ?? "").slice(0, 254);
  if (intent === "code_aanvragen") {
    if (honeypotGevuld) return { scherm: "email", email: getypt, fout: "neutraal", wachtSeconden: null };
    if (!email.success) {
      const code = email.error.issues[0]?.message === "leeg" ? "leeg" : "ongeldig";
      return { scherm: "email", email: getypt, fout: code, wachtSeconden: null };
    }
    const aanvraag = await vraagCodeAan({ email: email.data, doel: "verzoek", taal });
    if (!aanvraag.ok) {
      // A code was sent less than a minute ago: let them enter that one, or wait.
      return {
        scherm: "code",
        email: email.data,
        fout: null,
        resterend: null,
        melding: null,
        wachtSeconden: aanvraag.wachtSeconden,
        geldigeCode: aanvraag.geldigeCode,
      };
    }
    return { scherm: "code", email: email.data, fout: null, resterend: null, melding: null, wachtSeconden: null };
  }

  if (!email.success) return { scherm: "email", email: "", fout: null, wachtSeconden: null };
  const codeScherm: CodeScherm = { scherm: "code", email: email.data, fout: null, resterend: null, melding: null, wachtSeconden: null };
  if (honeypotGevuld) return { ...codeScherm, fout: "neutraal" };

  if (intent === "code_opnieuw") {
    const aanvraag = await vraagCodeAan({ email: email.data, doel: "verzoek", taal });
    return aanvraag.ok
      ? { ...codeScherm, melding: "nieuwe_code" }
      : { ...codeScherm, wachtSeconden: aanvraag.wachtSeconden, geldigeCode: aanvraag.geldigeCode };
  }

  // People copy "123 456" or "123-456" from the mail: keep only what matters.
  const code = String(formData.get("code") ?? "").replace(/[\s-]/g, "");
  if (code === "") return { ...codeScherm, fout: "leeg" };
  if (!/^\d{6}$/.test(code)) return { ...codeScherm, fout: "formaat" };
  const resultaat = await bevestigEmailVoorVerzoek({ email: email.data, code, taal });
  if (resultaat.ok) return redirect("/verzoek", { headers: { "Set-Cookie": resultaat.cookie } });
  return { ...codeScherm, fout: resultaat.reden, resterend: resultaat.reden === "onjuist" ? resultaat.resterend : null };
}

function platteWaarden(formData: FormData): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [naam, waarde] of formData) {
    if (STUURVELDEN.has(naam) || typeof waarde !== "string") continue;
    // Only names the wizard knows (bounded: a tampered form cannot make the page grow without end).
    if (!/^[A-Za-z_]+(\.[A-Za-z]+|\[\d{1,2}\])*$/.test(naam) || Object.keys(waarden).length > 200) continue;
    // Twice the longest free text: longer is refused as too long, never cut to something valid.
    waarden[naam] = waarde.slice(0, 2 * TEKSTLIMIET.lang);
  }
  return waarden;
}

function aantalRijen(formData: FormData, waarden: Record<string, string>): number {
  let hoogste = 0;
  for (const naam of Object.keys(waarden)) {
    const m = /^correctie\.rijen\[(\d+)\]/.exec(naam);
    if (m) hoogste = Math.max(hoogste, Number(m[1]) + 1);
  }
  const gevraagd = Number(formData.get("rijen"));
  const rijen = Math.max(CORRECTIE_RIJEN_START, hoogste, Number.isInteger(gevraagd) ? gevraagd : 0);
  return Math.min(CORRECTIE_RIJEN_MAX, rijen);
}

function foutcodes(error: Record<string, string[] | null> | null | undefined): IntakeFouten {
  const fouten: IntakeFouten = {};
  for (const [naam, lijst] of Object.entries(error ?? {})) {
    if (!lijst || lijst.length === 0) continue;
    fouten[naam] = lijst.map((m) => (isIntakeFoutCode(m) ? m : "ongeldig"));
  }
  return fouten;
}

// ---------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------

export default function Verzoek() {
  const { account, verwerkingen } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as Scherm | undefined;
  const scherm: Scherm =
    actie && (actie.scherm !== "wizard" || account)
      ? actie
      : account
        ? leegWizard()
        : { scherm: "email", email: "", fout: null, wachtSeconden: null };

  return (
    <div className="pagina smal verzoek">
      {scherm.scherm === "email" ? <EmailStap scherm={scherm} /> : null}
      {scherm.scherm === "code" ? <CodeStap scherm={scherm} /> : null}
      {scherm.scherm === "wizard" && account ? (
        <Wizard scherm={scherm} accountEmail={account.email} verwerkingen={verwerkingen} />
      ) : null}
    </div>
  );
}

function leegWizard(): WizardScherm {
  return {
    scherm: "wizard",
    stap: "wie",
    waarden: {},
    fouten: {},
    rijen: CORRECTIE_RIJEN_START,
    sleutel: null,
    weigering: null,
    notitie: null,
    invoer: null,
    melding: null,
  };
}

type VeldFout = { veldId: string; tekst: string };

/**
 * Error summary (WCAG 3.3.1, 3.3.3): each message links to its field, and takes focus after a
 * failed step. With JavaScript a link focuses its field itself: a fragment navigation would make
 * Remix drop the action data, and with it the answers of this wizard page.
 */
function Foutoverzicht({ titel, fouten }: { titel: string; fouten: VeldFout[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const sleutel = fouten.map((f) => `${f.veldId}:${f.tekst}`).join("|");
  useEffect(() => {
    if (sleutel) ref.current?.focus();
  }, [sleutel]);
  if (fouten.length === 0) return null;
  return (
    <div ref={ref} className="melding fout foutoverzicht" tabIndex={-1} aria-labelledby="foutoverzicht-titel" id="foutoverzicht">
      <h2 id="foutoverzicht-titel">{titel}</h2>
      <ul>
        {fouten.map((fout) => (
          <li key={`${fout.veldId}:${fout.tekst}`}>
            <a
              href={`#${fout.veldId}`}
              onClick={(event) => {
                const veld = document.getElementById(fout.veldId);
                if (!veld) return;
                event.preventDefault();
                veld.scrollIntoView({ block: "center" });
                veld.focus();
              }}
            >
              {fout.tekst}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The honeypot: invisible and unreachable for people, tempting for simple bots. */
function Honingpot() {
  const t = useBerichten().verzoek;
  return (
    <div className="honingpot" aria-hidden="true">
      <label htmlFor="website">{t.honeypotLabel}</label>
      <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

function EmailStap({ scherm }: { scherm: EmailScherm }) {
  const t = useBerichten().verzoek;
  const tekst =
    scherm.fout === "leeg" ? t.emailLeeg : scherm.fout === "ongeldig" ? t.emailOngeldig : null;
  const fouten: VeldFout[] = tekst ? [{ veldId: "email", tekst }] : [];
  return (
    <>
      <h1>{t.emailTitel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {scherm.fout === "neutraal" ? (
        <p className="melding fout" role="alert">
          {t.neutraleFout}
        </p>
      ) : null}
      {scherm.wachtSeconden !== null ? (
        <p className="melding let-op" role="alert">
          {t.codeTeVaak(scherm.wachtSeconden)}
        </p>
      ) : null}
      {t.emailIntro.map((alinea) => (
        <p key={alinea}>{alinea}</p>
      ))}
      <Form method="post" noValidate className="formulier">
        <Honingpot />
        <label htmlFor="email">{t.emailLabel}</label>
        <p className="hint" id="email-hint">
          {t.emailHint}
        </p>
        {tekst ? (
          <p className="veldfout" id="email-fout">
            {tekst}
          </p>
        ) : null}
        <input
          type="email"
          id="email"
          name="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={scherm.email}
          aria-invalid={tekst ? true : undefined}
          aria-describedby={tekst ? "email-hint email-fout" : "email-hint"}
        />
        <div className="knoppen">
          <button type="submit" name="intent" value="code_aanvragen" className="knop">
            {t.codeVersturen}
          </button>
        </div>
      </Form>
      <p className="melding">{t.geenBsn}</p>
    </>
  );
}

function CodeStap({ scherm }: { scherm: CodeScherm }) {
  const t = useBerichten().verzoek;
  const tekst = (() => {
    switch (scherm.fout) {
      case "leeg":
        return t.codeLeeg;
      case "formaat":
        return t.codeFormaat;
      case "onjuist":
        return t.codeOnjuist(scherm.resterend ?? 0);
      case "geblokkeerd":
        return t.codeGeblokkeerd;
      case "verlopen":
        return t.codeVerlopen;
      case "geen_code":
        return t.codeOntbreekt;
      default:
        return null;
    }
  })();
  const fouten: VeldFout[] = tekst ? [{ veldId: "code", tekst }] : [];
  return (
    <>
      <h1>{t.codeTitel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {scherm.fout === "neutraal" ? (
        <p className="melding fout" role="alert">
          {t.neutraleFout}
        </p>
      ) : null}
      {scherm.melding === "nieuwe_code" ? (
        <p className="melding" role="status">
          {t.nieuweCodeVerstuurd}
        </p>
      ) : null}
      {scherm.wachtSeconden !== null ? (
        <p className="melding let-op" role="alert">
          {t.codeTeVaak(scherm.wachtSeconden, scherm.geldigeCode)}
        </p>
      ) : null}
      {/* Only when a code was sent (a wait message says itself what was and was not sent). */}
      {scherm.wachtSeconden === null ? <p>{t.codeIntro(scherm.email)}</p> : null}
      <p>{t.codeGeldig}</p>
      <Form method="post" noValidate className="formulier">
        <Honingpot />
        <input type="hidden" name="email" value={scherm.email} />
        <label htmlFor="code">{t.codeLabel}</label>
        <p className="hint" id="code-hint">
          {t.codeHint}
        </p>
        {tekst ? (
          <p className="veldfout" id="code-fout">
            {tekst}
          </p>
        ) : null}
        <input
          type="text"
          id="code"
          name="code"
          className="code-invoer"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          // A new render after a wrong code starts with an empty field.
          key={`${scherm.fout ?? ""}-${scherm.resterend ?? ""}`}
          aria-invalid={tekst ? true : undefined}
          aria-describedby={tekst ? "code-hint code-fout" : "code-hint"}
        />
        <div className="knoppen">
          <button type="submit" name="intent" value="code_controleren" className="knop">
            {t.codeBevestigen}
          </button>
          <button type="submit" name="intent" value="code_opnieuw" className="knop secundair">
            {t.nieuweCode}
          </button>
        </div>
      </Form>
      <p>
        <a href="/verzoek">{t.anderAdres}</a>
      </p>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// The wizard
// ---------------------------------------------------------------------------------------------

type VeldContext = { waarden: Record<string, string>; fouten: IntakeFouten; t: Berichten["verzoek"] };

function veldId(naam: string): string {
  return `veld-${naam.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

function foutTekst(t: Berichten["verzoek"], code: IntakeFoutCode): string {
  return t.fouten[code] ?? t.fouten.ongeldig;
}

/** Which field names the current step shows itself (all other answers go along hidden). */
function zichtbaar(stap: Stap, naam: string, type: string | undefined, voorWie: string | undefined): boolean {
  switch (stap) {
    case "wie":
      return naam === "indiener.voorWie";
    case "relatie":
      return naam === "indiener.relatie" || naam === "indiener.naam";
    case "betrokkene":
      return naam.startsWith("betrokkene.") && !(voorWie !== "ander" && naam === "betrokkene.email");
    case "recht":
      return naam === "type";
    case "details":
      return type !== undefined && (naam.startsWith(`${type}.`) || naam.startsWith(`${type}[`));
    case "controle":
      return false;
  }
}

function Wizard({
  scherm,
  accountEmail,
  verwerkingen,
}: {
  scherm: WizardScherm;
  accountEmail: string;
  verwerkingen: BezwaarVerwerking[];
}) {
  const berichten = useBerichten();
  const t = berichten.verzoek;
  const { stap, waarden, fouten } = scherm;
  const voorWie = waarden["indiener.voorWie"];
  const type = isVerzoektype(waarden.type) ? waarden.type : undefined;
  const volgorde = stappenVoor(voorWie);
  const nummer = volgorde.indexOf(stap) + 1;
  // Filing for oneself, the messages speak to "you" like the labels ("Uw naam": "Vul uw naam in.").
  const ctx: VeldContext = { waarden, fouten, t: voorWie === "ander" ? t : { ...t, fouten: { ...t.fouten, ...t.foutenZelf } } };

  const overzicht: VeldFout[] = Object.entries(fouten).flatMap(([naam, codes]) =>
    codes.map((code) => ({ veldId: veldId(naam), tekst: foutTekst(ctx.t, code) })),
  );
  const titel =
    stap === "betrokkene" && voorWie !== "ander" ? t.betrokkeneZelfTitel : t.stappen[stap];

  return (
    <>
      <p className="stap-teller">{t.stapVan(nummer, volgorde.length)}</p>
      {stap === "wie" || stap === "recht" ? null : <h1>{titel}</h1>}
      <Foutoverzicht titel={t.foutTitel} fouten={overzicht} />
      {scherm.melding ? <WizardMeldingTekst melding={scherm.melding} /> : null}
      {scherm.weigering ? <Weigering reden={scherm.weigering} /> : null}
      {(stap === "recht" || stap === "controle") && scherm.notitie ? <Notitie reden={scherm.notitie} /> : null}

      {/* Keyed by step: with JavaScript, React must not reuse one step's inputs for the next step's fields. */}
      <Form method="post" noValidate className="formulier wizard" key={stap}>
        <Honingpot />
        <input type="hidden" name="stap" value={stap} />
        <input type="hidden" name="rijen" value={scherm.rijen} />
        {Object.entries(waarden)
          .filter(([naam]) => !zichtbaar(stap, naam, type, voorWie))
          .filter(([naam]) => !(stap === "details" && naam.startsWith("correctie.rijen[") && rijIndex(naam) >= scherm.rijen))
          .map(([naam, waarde]) => (
            <input key={naam} type="hidden" name={naam} value={waarde} />
          ))}

        {stap === "wie" ? <StapWie ctx={ctx} /> : null}
        {stap === "relatie" ? <StapRelatie ctx={ctx} /> : null}
        {stap === "betrokkene" ? <StapBetrokkene ctx={ctx} voorWie={voorWie} accountEmail={accountEmail} /> : null}
        {stap === "recht" ? <StapRecht ctx={ctx} /> : null}
        {stap === "details" && type ? (
          <StapDetails ctx={ctx} type={type} rijen={scherm.rijen} verwerkingen={verwerkingen} />
        ) : null}
        {stap === "controle" && scherm.invoer ? (
          <StapControle invoer={scherm.invoer} verwerkingen={verwerkingen} accountEmail={accountEmail} />
        ) : null}
        {stap === "controle" && scherm.sleutel ? <input type="hidden" name="sleutel" value={scherm.sleutel} /> : null}

        <div className="knoppen">
          {stap === "controle" ? (
            <button type="submit" name="intent" value="indienen" className="knop">
              {t.versturen}
            </button>
          ) : (
            <button type="submit" name="intent" value="volgende" className="knop">
              {t.volgende}
            </button>
          )}
          {stap === "details" && type === "correctie" && scherm.rijen < CORRECTIE_RIJEN_MAX ? (
            <button type="submit" name="intent" value="rij_toevoegen" className="knop secundair">
              {t.correctieRijToevoegen}
            </button>
          ) : null}
          {nummer > 1 ? (
            <button type="submit" name="intent" value="terug" className="knop secundair">
              {t.terug}
            </button>
          ) : null}
        </div>
      </Form>
      <p className="hint wizard-account">{t.ingelogdAls(accountEmail)}</p>
    </>
  );
}

function rijIndex(naam: string): number {
  return Number(/^correctie\.rijen\[(\d+)\]/.exec(naam)?.[1] ?? -1);
}

function WizardMeldingTekst({ melding }: { melding: WizardMelding }) {
  const t = useBerichten().verzoek;
  const tekst =
    melding.soort === "te_vaak" ? t.teVaak(melding.minuten) : melding.soort === "sleutel" ? t.sleutelOngeldig : t.neutraleFout;
  return (
    <p className={melding.soort === "te_vaak" ? "melding let-op" : "melding fout"} role="alert">
      {tekst}
    </p>
  );
}

function Weigering({ reden }: { reden: Reason }) {
  const t = useBerichten().verzoek;
  const taal = useTaal();
  return (
    <div className="melding fout" role="alert" aria-labelledby="weigering-titel">
      <h2 id="weigering-titel">{t.weigeringTitel}</h2>
      <p>{reden[taal]}</p>
      <p>{t.weigeringAnders}</p>
    </div>
  );
}

function Notitie({ reden }: { reden: Reason }) {
  const t = useBerichten().verzoek;
  const taal = useTaal();
  return (
    <div className="melding let-op" aria-labelledby="notitie-titel">
      <h2 id="notitie-titel">{t.notitieTitel}</h2>
      <p>{reden[taal]}</p>
    </div>
  );
}

// ------------------------------------------------------------------ fields

function Foutregel({ id, naam, ctx }: { id: string; naam: string; ctx: VeldContext }) {
  const code = ctx.fouten[naam]?.[0];
  if (!code) return null;
  return (
    <p className="veldfout" id={`${id}-fout`}>
      {foutTekst(ctx.t, code)}
    </p>
  );
}

function beschrijving(id: string, hint: boolean, fout: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, fout ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
}

function TekstVeld({
  ctx,
  naam,
  label,
  hint,
  optioneel = false,
  meerregelig = false,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  limiet,
}: {
  ctx: VeldContext;
  naam: string;
  label: string;
  hint?: string;
  optioneel?: boolean;
  meerregelig?: boolean;
  type?: "text" | "email";
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
  maxLength?: number;
  /** A free text: its limit (app/domain/tekstlimieten.ts) is shown in the hint and set as maxlength. */
  limiet?: Tekstsoort;
}) {
  const id = veldId(naam);
  const fout = Boolean(ctx.fouten[naam]?.length);
  const max = limiet ? TEKSTLIMIET[limiet] : maxLength;
  const uitleg = limiet ? [hint, ctx.t.maxTekens(TEKSTLIMIET[limiet])].filter(Boolean).join(" ") : hint;
  const props = {
    id,
    name: naam,
    defaultValue: ctx.waarden[naam] ?? "",
    "aria-invalid": fout ? true : undefined,
    "aria-describedby": beschrijving(id, Boolean(uitleg), fout),
    maxLength: max,
  } as const;
  return (
    <div className="veld">
      <label htmlFor={id}>
        {label}
        {optioneel ? <span className="optioneel"> {ctx.t.nietVerplicht}</span> : null}
      </label>
      {uitleg ? (
        <p className="hint" id={`${id}-hint`}>
          {uitleg}
        </p>
      ) : null}
      <Foutregel id={id} naam={naam} ctx={ctx} />
      {meerregelig ? (
        <textarea {...props} rows={4} />
      ) : (
        <input {...props} type={type} autoComplete={autoComplete} inputMode={inputMode} spellCheck={type === "email" ? false : undefined} />
      )}
    </div>
  );
}

type Optie = { waarde: string; label: string; hint?: string };

/** A radio group; the first option carries the field's id, so the error summary can link to it. */
function Keuzes({
  ctx,
  naam,
  legend,
  hint,
  opties,
  legendAlsKop = false,
}: {
  ctx: VeldContext;
  naam: string;
  legend: string;
  hint?: string;
  opties: Optie[];
  legendAlsKop?: boolean;
}) {
  const id = veldId(naam);
  const fout = Boolean(ctx.fouten[naam]?.length);
  return (
    <fieldset className="keuzes" aria-describedby={beschrijving(id, Boolean(hint), fout)}>
      <legend>{legendAlsKop ? <h1>{legend}</h1> : legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <Foutregel id={id} naam={naam} ctx={ctx} />
      {opties.map((optie, i) => {
        const optieId = i === 0 ? id : `${id}-${optie.waarde}`;
        return (
          <div className="keuze" key={optie.waarde}>
            <input
              type="radio"
              id={optieId}
              name={naam}
              value={optie.waarde}
              defaultChecked={ctx.waarden[naam] === optie.waarde}
              aria-describedby={optie.hint ? `${optieId}-uitleg` : undefined}
            />
            <label htmlFor={optieId}>{optie.label}</label>
            {optie.hint ? (
              <p className="hint keuze-uitleg" id={`${optieId}-uitleg`}>
                {optie.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

// ------------------------------------------------------------------ steps

function StapWie({ ctx }: { ctx: VeldContext }) {
  const { t } = ctx;
  return (
    <Keuzes
      ctx={ctx}
      naam="indiener.voorWie"
      legend={t.stappen.wie}
      legendAlsKop
      opties={[
        { waarde: "zelf", label: t.voorMijzelf, hint: t.voorMijzelfHint },
        { waarde: "ander", label: t.voorAnder, hint: t.voorAnderHint },
      ]}
    />
  );
}

function StapRelatie({ ctx }: { ctx: VeldContext }) {
  const { t } = ctx;
  const taal = useTaal();
  return (
    <>
      <Keuzes
        ctx={ctx}
        naam="indiener.relatie"
        legend={t.stappen.relatie}
        opties={VERTEGENWOORDIGER_RELATIES.map((relatie) => ({
          waarde: relatie,
          label: RELATIE_LABELS[relatie][taal],
          hint: t.relatieHints[relatie],
        }))}
      />
      <TekstVeld ctx={ctx} naam="indiener.naam" label={t.indienerNaam} hint={t.indienerNaamHint} autoComplete="name" limiet="naam" />
    </>
  );
}

function StapBetrokkene({ ctx, voorWie, accountEmail }: { ctx: VeldContext; voorWie: string | undefined; accountEmail: string }) {
  const { t } = ctx;
  const zelf = voorWie !== "ander";
  return (
    <>
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.naam"
        label={zelf ? t.naamZelf : t.naamAnder}
        hint={t.naamHint}
        autoComplete={zelf ? "name" : "off"}
        limiet="naam"
      />
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.geboortedatum"
        label={zelf ? t.geboortedatumZelf : t.geboortedatum}
        hint={t.geboortedatumHint}
        autoComplete={zelf ? "bday" : "off"}
        inputMode="text"
      />
      {zelf ? (
        <p>{t.emailZelf(accountEmail)}</p>
      ) : (
        <TekstVeld ctx={ctx} naam="betrokkene.email" label={t.emailAnder} hint={t.emailAnderHint} type="email" optioneel autoComplete="off" />
      )}
      <TekstVeld ctx={ctx} naam="betrokkene.clientnummer" label={t.clientnummer} hint={t.clientnummerHint} optioneel autoComplete="off" maxLength={30} />
      <TekstVeld ctx={ctx} naam="betrokkene.postcode" label={t.postcode} hint={t.postcodeHint} optioneel autoComplete={zelf ? "postal-code" : "off"} maxLength={7} />
      <p className="melding">{t.geenBsn}</p>
    </>
  );
}

function StapRecht({ ctx }: { ctx: VeldContext }) {
  const rechten = useBerichten().home.rechten;
  return (
    <Keuzes
      ctx={ctx}
      naam="type"
      legend={ctx.t.stappen.recht}
      legendAlsKop
      opties={VERZOEKTYPEN.map((type) => ({ waarde: type, label: rechten[type].naam, hint: rechten[type].uitleg }))}
    />
  );
}

function StapDetails({
  ctx,
  type,
  rijen,
  verwerkingen,
}: {
  ctx: VeldContext;
  type: Verzoektype;
  rijen: number;
  verwerkingen: BezwaarVerwerking[];
}) {
  const { t } = ctx;
  const recht = useBerichten().home.rechten[type];
  return (
    <>
      <p className="details-recht">
        <strong>{recht.naam}:</strong> {recht.uitleg}
      </p>
      {type === "inzage" ? (
        <>
          <Keuzes
            ctx={ctx}
            naam="inzage.afschrift"
            legend={t.inzageAfschrift}
            opties={[
              { waarde: "ja", label: t.inzageAfschriftJa },
              { waarde: "nee", label: t.inzageAfschriftNee },
            ]}
          />
          <TekstVeld ctx={ctx} naam="inzage.periode" label={t.inzagePeriode} hint={t.inzagePeriodeHint} optioneel limiet="kort" />
        </>
      ) : null}
      {type === "correctie" ? (
        <>
          <p>{t.correctieIntro}</p>
          {ctx.fouten["correctie.rijen"]?.length ? (
            <p className="veldfout" id={veldId("correctie.rijen")} tabIndex={-1}>
              {foutTekst(t, ctx.fouten["correctie.rijen"][0]!)}
            </p>
          ) : null}
          {Array.from({ length: rijen }, (_, i) => (
            <fieldset className="correctie-rij" key={i}>
              <legend>{t.correctieRij(i + 1)}</legend>
              <TekstVeld ctx={ctx} naam={`correctie.rijen[${i}].welk`} label={t.correctieWelk} hint={i === 0 ? t.correctieWelkHint : undefined} limiet="kort" />
              <TekstVeld ctx={ctx} naam={`correctie.rijen[${i}].nu`} label={t.correctieNu} optioneel meerregelig limiet="lang" />
              <TekstVeld ctx={ctx} naam={`correctie.rijen[${i}].moetZijn`} label={t.correctieMoetZijn} meerregelig limiet="lang" />
              <TekstVeld ctx={ctx} naam={`correctie.rijen[${i}].waarom`} label={t.correctieWaarom} optioneel meerregelig limiet="lang" />
            </fieldset>
          ))}
          <TussentijdseAfscherming naam="correctie.nietGebruiken" waarden={ctx.waarden} fouten={ctx.fouten} />
        </>
      ) : null}
      {type === "verwijdering" ? (
        <>
          <p className="melding let-op">{t.verwijderingBewaarplicht}</p>
          <Keuzes
            ctx={ctx}
            naam="verwijdering.omvang"
            legend={t.verwijderingOmvang}
            opties={[
              { waarde: "alles", label: t.verwijderingAlles },
              { waarde: "deel", label: t.verwijderingDeel },
            ]}
          />
          <TekstVeld ctx={ctx} naam="verwijdering.welkDeel" label={t.verwijderingWelkDeel} hint={t.verwijderingWelkDeelHint} meerregelig limiet="lang" />
          <TekstVeld ctx={ctx} naam="verwijdering.waarom" label={t.verwijderingWaarom} optioneel meerregelig limiet="lang" />
        </>
      ) : null}
      {type === "afscherming" ? (
        <>
          <TekstVeld ctx={ctx} naam="afscherming.wat" label={t.afschermingWat} meerregelig limiet="lang" />
          <TekstVeld ctx={ctx} naam="afscherming.waarom" label={t.afschermingWaarom} hint={t.afschermingWaaromHint} meerregelig limiet="lang" />
        </>
      ) : null}
      {type === "bezwaar" ? (
        verwerkingen.length === 0 ? (
          <p className="melding let-op">{t.bezwaarGeenVerwerkingen}</p>
        ) : (
          <>
            <Keuzes
              ctx={ctx}
              naam="bezwaar.verwerking"
              legend={t.bezwaarVerwerking}
              opties={verwerkingen.map((v) => ({ waarde: v.sleutel, label: v.naam, hint: v.bezwaarMogelijk ? v.doel : `${v.doel} ${t.bezwaarMeestalNiet}` }))}
            />
            <TekstVeld ctx={ctx} naam="bezwaar.situatie" label={t.bezwaarSituatie} hint={t.bezwaarSituatieHint} meerregelig limiet="lang" />
            <TussentijdseAfscherming naam="bezwaar.nietGebruiken" waarden={ctx.waarden} fouten={ctx.fouten} />
          </>
        )
      ) : null}
      {type === "dataportabiliteit" ? (
        <>
          <Keuzes
            ctx={ctx}
            naam="dataportabiliteit.bestemming"
            legend={t.portabiliteitBestemming}
            opties={[
              { waarde: "mij", label: t.portabiliteitMij, hint: t.portabiliteitMijHint },
              { waarde: "zorgaanbieder", label: t.portabiliteitAanbieder },
            ]}
          />
          <fieldset className="groep" aria-describedby="aanbieder-hint">
            <legend>{t.portabiliteitAanbiederGroep}</legend>
            <p className="hint" id="aanbieder-hint">
              {t.portabiliteitAanbiederGroepHint}
            </p>
            <TekstVeld ctx={ctx} naam="dataportabiliteit.aanbiederNaam" label={t.portabiliteitAanbiederNaam} autoComplete="off" limiet="kort" />
            <TekstVeld ctx={ctx} naam="dataportabiliteit.aanbiederEmail" label={t.portabiliteitAanbiederEmail} type="email" autoComplete="off" />
            <TekstVeld ctx={ctx} naam="dataportabiliteit.agb" label={t.portabiliteitAgb} hint={t.portabiliteitAgbHint} optioneel inputMode="numeric" autoComplete="off" maxLength={8} />
          </fieldset>
        </>
      ) : null}
      {type === "intrekking_toestemming" ? (
        <>
          <TekstVeld ctx={ctx} naam="intrekking_toestemming.toestemming" label={t.intrekkingToestemming} hint={t.intrekkingToestemmingHint} meerregelig limiet="lang" />
          <TekstVeld ctx={ctx} naam="intrekking_toestemming.toelichting" label={t.intrekkingToelichting} optioneel meerregelig limiet="lang" />
        </>
      ) : null}
    </>
  );
}

/** Each button says what it changes, on screen and for a screen reader alike (WCAG 2.4.6). */
function Wijzig({ stap, tekst }: { stap: Stap; tekst: string }) {
  return (
    <button type="submit" name="intent" value={`naar:${stap}`} className="link-knop wijzig-knop">
      {tekst}
    </button>
  );
}

function Regel({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function StapControle({
  invoer,
  verwerkingen,
  accountEmail,
}: {
  invoer: VerzoekInvoer;
  verwerkingen: BezwaarVerwerking[];
  accountEmail: string;
}) {
  const berichten = useBerichten();
  const t = berichten.verzoek;
  const taal = useTaal();
  const { indiener, betrokkene, verzoek } = invoer;
  const zelf = indiener.relatie === "zelf";
  const optioneel = (waarde: string | undefined) => waarde ?? <span className="leeg">{t.leeg}</span>;
  return (
    <>
      <p>{t.controleIntro}</p>
      <section aria-labelledby="controle-wie" className="controle-blok">
        <h2 id="controle-wie">{t.controleWie}</h2>
        <dl className="gegevens">
          <Regel label={t.controleWie}>{zelf ? t.voorMijzelf : t.voorAnder}</Regel>
          {!zelf ? <Regel label={t.controleRol}>{RELATIE_LABELS[indiener.relatie][taal]}</Regel> : null}
          {!zelf ? <Regel label={t.controleIndiener}>{indiener.naam}</Regel> : null}
        </dl>
        <p>
          <Wijzig stap={zelf ? "wie" : "relatie"} tekst={t.wijzigKnop.wie} />
        </p>
      </section>
      <section aria-labelledby="controle-betrokkene" className="controle-blok">
        <h2 id="controle-betrokkene">{zelf ? t.betrokkeneZelfTitel : t.controleBetrokkene}</h2>
        <dl className="gegevens">
          <Regel label={zelf ? t.naamZelf : t.naamAnder}>{betrokkene.naam}</Regel>
          <Regel label={t.geboortedatum}>{formatDatum(betrokkene.geboortedatum, taal, { weekday: false })}</Regel>
          <Regel label={t.controleEmail}>{zelf ? accountEmail : optioneel(betrokkene.email)}</Regel>
          <Regel label={t.clientnummer}>{optioneel(betrokkene.clientnummer)}</Regel>
          <Regel label={t.postcode}>{optioneel(betrokkene.postcode)}</Regel>
        </dl>
        <p>
          <Wijzig stap="betrokkene" tekst={zelf ? t.wijzigKnop.betrokkeneZelf : t.wijzigKnop.betrokkene} />
        </p>
      </section>
      <section aria-labelledby="controle-verzoek" className="controle-blok">
        <h2 id="controle-verzoek">{t.controleDetails}</h2>
        <dl className="gegevens">
          <Regel label={t.controleRecht}>{berichten.home.rechten[verzoek.type].naam}</Regel>
          <DetailRegels verzoek={verzoek} verwerkingen={verwerkingen} optioneel={optioneel} />
        </dl>
        <p className="wijzig-regel">
          <Wijzig stap="recht" tekst={t.wijzigKnop.recht} /> <Wijzig stap="details" tekst={t.wijzigKnop.details} />
        </p>
      </section>
      <p>{t.controleNaVersturen}</p>
    </>
  );
}

function DetailRegels({
  verzoek,
  verwerkingen,
  optioneel,
}: {
  verzoek: VerzoekInvoer["verzoek"];
  verwerkingen: BezwaarVerwerking[];
  optioneel: (waarde: string | undefined) => React.ReactNode;
}) {
  const t = useBerichten().verzoek;
  switch (verzoek.type) {
    case "inzage":
      return (
        <>
          <Regel label={t.inzageAfschrift}>{verzoek.afschrift ? t.ja : t.nee}</Regel>
          <Regel label={t.inzagePeriode}>{optioneel(verzoek.periode)}</Regel>
        </>
      );
    case "correctie":
      return (
        <>
          {verzoek.rijen.map((rij, i) => (
            <Regel key={i} label={t.correctieRij(i + 1)}>
              <strong>{rij.welk}</strong>
              <br />
              {t.correctieNu} {optioneel(rij.nu)}
              <br />
              {t.correctieMoetZijn} {rij.moetZijn}
              {rij.waarom ? (
                <>
                  <br />
                  {t.correctieWaarom} {rij.waarom}
                </>
              ) : null}
            </Regel>
          ))}
        </>
      );
    case "verwijdering":
      return (
        <>
          <Regel label={t.verwijderingOmvang}>{verzoek.omvang === "alles" ? t.verwijderingAlles : t.verwijderingDeel}</Regel>
          {verzoek.omvang === "deel" ? <Regel label={t.verwijderingWelkDeel}>{verzoek.welkDeel}</Regel> : null}
          <Regel label={t.verwijderingWaarom}>{optioneel(verzoek.waarom)}</Regel>
        </>
      );
    case "afscherming":
      return (
        <>
          <Regel label={t.afschermingWat}>{verzoek.wat}</Regel>
          <Regel label={t.afschermingWaarom}>{verzoek.waarom}</Regel>
        </>
      );
    case "bezwaar":
      return (
        <>
          <Regel label={t.bezwaarVerwerking}>
            {verwerkingen.find((v) => v.sleutel === verzoek.verwerking)?.naam ?? verzoek.verwerking}
          </Regel>
          <Regel label={t.bezwaarSituatie}>{verzoek.situatie}</Regel>
        </>
      );
    case "dataportabiliteit":
      return (
        <>
          <Regel label={t.portabiliteitBestemming}>
            {verzoek.bestemming === "mij" ? t.portabiliteitMij : t.portabiliteitAanbieder}
          </Regel>
          {verzoek.aanbieder ? (
            <>
              <Regel label={t.portabiliteitAanbiederNaam}>{verzoek.aanbieder.naam}</Regel>
              <Regel label={t.portabiliteitAanbiederEmail}>{verzoek.aanbieder.email}</Regel>
              <Regel label={t.portabiliteitAgb}>{optioneel(verzoek.aanbieder.agb)}</Regel>
            </>
          ) : null}
        </>
      );
    case "intrekking_toestemming":
      return (
        <>
          <Regel label={t.intrekkingToestemming}>{verzoek.toestemming}</Regel>
          <Regel label={t.intrekkingToelichting}>{optioneel(verzoek.toelichting)}</Regel>
        </>
      );
  }
}
