import { Form } from "@remix-run/react";
import type { AanmeldScherm } from "~/domain/verzoek-wizard";
import { useBerichten } from "~/root";
import { Foutoverzicht, type VeldFout } from "~/ui/foutoverzicht";
import { Honingpot } from "~/ui/honingpot";
import "~/i18n/teksten/verzoek";

/**
 * Step 1 of the request wizard: the e-mail address, then the code sent to it (signs the visitor in).
 * The sentences come with the screen from the loader or the action (`scherm.woorden`, docs/decisions/033).
 */

export function EmailStap({ scherm }: { scherm: AanmeldScherm & { scherm: "email" } }) {
  const t = useBerichten().verzoek;
  const w = scherm.woorden;
  const fouten: VeldFout[] = w.fout ? [{ veldId: "email", tekst: w.fout }] : [];
  return (
    <>
      <h1>{w.titel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {scherm.fout === "neutraal" ? (
        <p className="melding fout" role="alert">
          {t.neutraleFout}
        </p>
      ) : null}
      {w.teVaak ? (
        <p className="melding let-op" role="alert">
          {w.teVaak}
        </p>
      ) : null}
      {w.alineas.map((alinea) => (
        <p key={alinea}>{alinea}</p>
      ))}
      <Form method="post" noValidate className="formulier">
        <Honingpot label={t.honeypotLabel} />
        <label htmlFor="email">{w.label}</label>
        <p className="hint" id="email-hint">
          {w.hint}
        </p>
        {w.fout ? (
          <p className="veldfout" id="email-fout">
            {w.fout}
          </p>
        ) : null}
        <input
          type="email"
          id="email"
          name="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={scherm.email}
          aria-invalid={w.fout ? true : undefined}
          aria-describedby={w.fout ? "email-hint email-fout" : "email-hint"}
        />
        <div className="knoppen">
          <button type="submit" name="intent" value="code_aanvragen" className="knop">
            {w.knop}
          </button>
        </div>
      </Form>
      <p className="melding">{t.geenBsn}</p>
    </>
  );
}

export function CodeStap({ scherm }: { scherm: AanmeldScherm & { scherm: "code" } }) {
  const t = useBerichten().verzoek;
  const w = scherm.woorden;
  const fouten: VeldFout[] = w.fout ? [{ veldId: "code", tekst: w.fout }] : [];
  return (
    <>
      <h1>{w.titel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {scherm.fout === "neutraal" ? (
        <p className="melding fout" role="alert">
          {t.neutraleFout}
        </p>
      ) : null}
      {w.nieuweCode ? (
        <p className="melding" role="status">
          {w.nieuweCode}
        </p>
      ) : null}
      {w.teVaak ? (
        <p className="melding let-op" role="alert">
          {w.teVaak}
        </p>
      ) : null}
      {w.alineas.map((alinea) => (
        <p key={alinea}>{alinea}</p>
      ))}
      <Form method="post" noValidate className="formulier">
        <Honingpot label={t.honeypotLabel} />
        <input type="hidden" name="email" value={scherm.email} />
        <label htmlFor="code">{w.label}</label>
        <p className="hint" id="code-hint">
          {w.hint}
        </p>
        {w.fout ? (
          <p className="veldfout" id="code-fout">
            {w.fout}
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
          aria-invalid={w.fout ? true : undefined}
          aria-describedby={w.fout ? "code-hint code-fout" : "code-hint"}
        />
        <div className="knoppen">
          <button type="submit" name="intent" value="code_controleren" className="knop">
            {w.knop}
          </button>
          <button type="submit" name="intent" value="code_opnieuw" className="knop secundair">
            {w.opnieuwKnop}
          </button>
        </div>
      </Form>
      <p>
        <a href="/verzoek">{w.anderAdres}</a>
      </p>
    </>
  );
}
