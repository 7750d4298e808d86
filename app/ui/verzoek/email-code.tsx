import { Form } from "@remix-run/react";
import type { CodeScherm, EmailScherm } from "~/domain/verzoek-wizard";
import { useBerichten } from "~/root";
import { Foutoverzicht, type VeldFout } from "~/ui/foutoverzicht";
import { Honingpot } from "~/ui/honingpot";
import "~/i18n/teksten/verzoek";

/** Step 1 of the request wizard: the e-mail address, then the code sent to it (signs the visitor in). */

export function EmailStap({ scherm }: { scherm: EmailScherm }) {
  const t = useBerichten().verzoek;
  const tekst = scherm.fout === "leeg" ? t.emailLeeg : scherm.fout === "ongeldig" ? t.emailOngeldig : null;
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
        <Honingpot label={t.honeypotLabel} />
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

export function CodeStap({ scherm }: { scherm: CodeScherm }) {
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
        <Honingpot label={t.honeypotLabel} />
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
