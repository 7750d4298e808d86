import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { OrganisatieSchema, slaLogoOp, slaOrganisatieOp, verwijderLogo } from "~/services/beheer.server";
import { getOrganisatie, logoPad } from "~/services/organisatie.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { MAX_FORM_BYTES } from "~/server/http.server";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.organisatie.metaTitel }];
};

const TEKSTVELDEN = [
  "naam",
  "straat",
  "postcode",
  "plaats",
  "kvk",
  "email",
  "telefoon",
  "website",
  "fgNaam",
  "fgEmail",
  "fgTelefoon",
] as const;
const LANGE_VELDEN = ["klachtenroute", "geschilleninstantie", "klachtenrouteEn", "geschilleninstantieEn"] as const;
type Veld = (typeof TEKSTVELDEN)[number] | (typeof LANGE_VELDEN)[number] | "talen";

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.instellingen");
  const org = await getOrganisatie();
  const waarden: Record<string, string> = {};
  for (const v of [...TEKSTVELDEN, ...LANGE_VELDEN]) waarden[v] = org[v];
  const params = new URL(request.url).searchParams;
  return {
    waarden,
    talen: org.talen,
    opgeslagen: params.has("opgeslagen"),
    logoOpgeslagen: params.has("logo"),
    logoVerwijderd: params.has("logo_weg"),
    logo: logoPad(org),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const t = BERICHTEN[await taalVanRequest(request)].beheer;
  // The logo is the one file here; its own limit (100 KB) is checked by slaLogoOp with a clear message.
  const form = await leesFormulier(request, { bestanden: { logo: MAX_FORM_BYTES } });
  if (form.get("intent") === "logo_verwijderen") {
    try {
      await verwijderLogo(medewerker.id);
    } catch (e) {
      await stopBijGeenToegang(e, request);
      throw e;
    }
    return redirect("/beheer/organisatie?logo_weg=1");
  }
  if (form.get("intent") === "logo") {
    const bestand = form.get("logo");
    const bytes = bestand instanceof File ? new Uint8Array(await bestand.arrayBuffer()) : new Uint8Array();
    try {
      await slaLogoOp(medewerker.id, bytes);
    } catch (e) {
      if (
        e instanceof DomainError &&
        (e.code === "logo_leeg" || e.code === "logo_te_groot" || e.code === "logo_ongeldig")
      ) {
        return data({ logoFout: t.organisatie.logoFouten[e.code] }, { status: 400 });
      }
      await stopBijGeenToegang(e, request);
      throw e;
    }
    return redirect("/beheer/organisatie?logo=1");
  }
  const invoer: Record<string, unknown> = {};
  for (const v of [...TEKSTVELDEN, ...LANGE_VELDEN]) invoer[v] = String(form.get(v) ?? "");
  invoer.talen = ["nl", ...(form.get("talen_en") ? ["en"] : [])];
  const parsed = OrganisatieSchema.safeParse(invoer);
  const waarden = Object.fromEntries([...TEKSTVELDEN, ...LANGE_VELDEN].map((v) => [v, String(invoer[v])]));
  if (!parsed.success) {
    const fouten: Partial<Record<Veld, string>> = {};
    for (const issue of parsed.error.issues) {
      const veld = issue.path[0] as Veld;
      fouten[veld] ??= t.organisatie.ongeldig(t.organisatie.velden[veld]);
    }
    return data({ fouten, waarden }, { status: 400 });
  }
  try {
    await slaOrganisatieOp(medewerker.id, parsed.data);
  } catch (e) {
    await stopBijGeenToegang(e, request);
    throw e;
  }
  return redirect("/beheer/organisatie?opgeslagen=1");
}

export default function Organisatie() {
  const { waarden, talen, opgeslagen, logoOpgeslagen, logoVerwijderd, logo } = useLoaderData<typeof loader>();
  const actieData = useActionData<typeof action>() as
    { fouten: Partial<Record<Veld, string>>; waarden: Record<string, string> } | { logoFout: string } | undefined;
  const logoFout = actieData && "logoFout" in actieData ? actieData.logoFout : null;
  const actie = actieData && "fouten" in actieData ? actieData : undefined;
  const alles = useBerichten();
  const t = alles.beheer;
  const fouten = actie?.fouten ?? {};
  const w = actie?.waarden ?? waarden;
  const veldFouten = Object.entries(fouten).map(([veld, tekst]) => ({ veldId: `org-${veld}`, tekst: tekst! }));

  const veld = (v: Veld, lang = false) => {
    const id = `org-${v}`;
    const fout = fouten[v];
    const props = {
      id,
      name: v,
      defaultValue: w[v] ?? "",
      "aria-invalid": fout ? true : undefined,
      "aria-describedby": fout ? `${id}-fout` : undefined,
    };
    return (
      <div key={v}>
        <label htmlFor={id}>{t.organisatie.velden[v]}</label>
        {fout ? (
          <p className="veldfout" id={`${id}-fout`}>
            {fout}
          </p>
        ) : null}
        {lang ? (
          <textarea {...props} />
        ) : (
          <input type={v.toLowerCase().includes("email") ? "email" : "text"} {...props} required={v === "naam"} />
        )}
      </div>
    );
  };

  return (
    <div className="pagina smal">
      <h1>{t.organisatie.titel}</h1>
      <p>{t.organisatie.intro}</p>
      {logoOpgeslagen && !actieData ? (
        <p className="melding" role="status">
          {t.organisatie.logoOpgeslagen}
        </p>
      ) : null}
      {logoVerwijderd && !actieData ? (
        <p className="melding" role="status">
          {alles.logoBeheer.verwijderd}
        </p>
      ) : null}
      {opgeslagen && !actieData ? (
        <p className="melding" role="status">
          {t.opgeslagen}
        </p>
      ) : null}
      <Foutoverzicht titel={t.foutTitel} fouten={veldFouten} id="organisatie-fouten" />
      <Form method="post" noValidate>
        {TEKSTVELDEN.map((v) => veld(v))}
        {LANGE_VELDEN.map((v) => veld(v, true))}
        <fieldset>
          <legend>{t.organisatie.velden.talen}</legend>
          <div className="keuze">
            <input type="checkbox" id="org-talen-nl" checked disabled />
            <label htmlFor="org-talen-nl">{t.organisatie.taalNl}</label>
          </div>
          <div className="keuze">
            <input type="checkbox" id="org-talen" name="talen_en" value="en" defaultChecked={talen.includes("en")} />
            <label htmlFor="org-talen">{t.organisatie.taalEn}</label>
          </div>
        </fieldset>
        <div className="knoppen">
          <button type="submit" className="knop">
            {t.opslaan}
          </button>
        </div>
      </Form>
      <Form method="post" encType="multipart/form-data" className="beheer-logo">
        <input type="hidden" name="intent" value="logo" />
        <h2>{t.organisatie.logoHuidig}</h2>
        {logo ? (
          <img src={logo} alt={t.organisatie.logoHuidig} className="beheer-logo-voorbeeld" />
        ) : (
          <p>{t.organisatie.logoGeen}</p>
        )}
        <label htmlFor="org-logo">{t.organisatie.logo}</label>
        {logoFout ? (
          <p className="veldfout" id="org-logo-fout" role="alert">
            {logoFout}
          </p>
        ) : null}
        <input
          type="file"
          id="org-logo"
          name="logo"
          accept="image/png,image/svg+xml"
          aria-invalid={logoFout ? true : undefined}
          aria-describedby={logoFout ? "org-logo-fout" : undefined}
        />
        <div className="knoppen">
          <button type="submit" className="knop secundair">
            {t.organisatie.logoKnop}
          </button>
        </div>
      </Form>
      {logo ? (
        <Form method="post">
          <input type="hidden" name="intent" value="logo_verwijderen" />
          <div className="knoppen">
            <button type="submit" className="knop secundair">
              {alles.logoBeheer.verwijderen}
            </button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
