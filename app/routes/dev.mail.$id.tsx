import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, useTaal, type RootData } from "~/root";
import { mailboxMail, ontwikkelMailboxBeschikbaar } from "~/services/mail-bezorging.server";
import { formatMoment, statusTekst } from "~/ui/dev-mail";
import { nietGevonden } from "~/http/fouten.server";
import "~/i18n/teksten/devmail";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const t = BERICHTEN[root?.taal ?? "nl"].devMail;
  return [
    { title: data ? `${data.mail.onderwerp} – ${t.metaTitel}` : t.metaTitel },
    { name: "robots", content: "noindex" },
  ];
};

/**
 * GET /dev/mail/:id: one queued e-mail, its details and the plain-text version. The HTML version
 * is a separate resource (/dev/mail/:id/html) with its own CSP: our pages allow no inline styles.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!ontwikkelMailboxBeschikbaar()) throw await nietGevonden(request);
  const mail = await mailboxMail(params.id ?? "");
  if (!mail) throw await nietGevonden(request);
  const { html: _html, ...rest } = mail;
  return {
    mail: {
      ...rest,
      aangemaaktOp: mail.aangemaaktOp.toISOString(),
      verzondenOp: mail.verzondenOp?.toISOString() ?? null,
      volgendePoging: mail.volgendePoging.toISOString(),
    },
  };
}

export default function DevMail() {
  const { mail } = useLoaderData<typeof loader>();
  const t = useBerichten().devMail;
  const taal = useTaal();
  const mailTaal = mail.taal === "en" ? "en" : "nl";

  return (
    <div className="pagina dev-mail">
      <p>
        <Link to="/dev/mail">{t.terug}</Link>
      </p>
      <h1 lang={mailTaal === taal ? undefined : mailTaal}>{mail.onderwerp}</h1>

      <section aria-labelledby="dev-mail-gegevens">
        <h2 id="dev-mail-gegevens">{t.gegevens}</h2>
        <dl className="gegevens dev-mail-gegevens">
          <div>
            <dt>{t.aan}</dt>
            <dd className="dev-mail-adres">{mail.aan}</dd>
          </div>
          <div>
            <dt>{t.sjabloon}</dt>
            <dd>
              <code>{mail.sjabloon}</code>
            </dd>
          </div>
          <div>
            <dt>{t.taal}</dt>
            <dd>{mailTaal === "nl" ? "Nederlands" : "English"}</dd>
          </div>
          <div>
            <dt>{t.tijd}</dt>
            <dd>
              <time dateTime={mail.aangemaaktOp}>{formatMoment(mail.aangemaaktOp, taal)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.status}</dt>
            <dd>{statusTekst(t, mail.status)}</dd>
          </div>
          <div>
            <dt>{t.pogingen}</dt>
            <dd>{mail.pogingen}</dd>
          </div>
          {mail.verzondenOp ? (
            <div>
              <dt>{t.verzondenOp}</dt>
              <dd>
                <time dateTime={mail.verzondenOp}>{formatMoment(mail.verzondenOp, taal)}</time>
              </dd>
            </div>
          ) : null}
          {mail.status === "wachtend" && mail.pogingen > 0 ? (
            <div>
              <dt>{t.volgendePoging}</dt>
              <dd>
                <time dateTime={mail.volgendePoging}>{formatMoment(mail.volgendePoging, taal)}</time>
              </dd>
            </div>
          ) : null}
          {mail.laatsteFout ? (
            <div>
              <dt>{t.laatsteFout}</dt>
              <dd>
                <code>{mail.laatsteFout}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="dev-mail-html">
        <h2 id="dev-mail-html">{t.htmlVersie}</h2>
        <p>{t.htmlUitleg}</p>
        <p>
          {/* A plain link: the HTML version is a resource route with its own CSP, not a Remix page. */}
          <a href={`/dev/mail/${mail.id}/html`}>{t.htmlLink}</a>
        </p>
      </section>

      <section aria-labelledby="dev-mail-tekst">
        <h2 id="dev-mail-tekst">{t.tekstversie}</h2>
        <pre className="dev-mail-tekst" lang={mailTaal === taal ? undefined : mailTaal}>
          {mail.tekst}
        </pre>
      </section>
    </div>
  );
}
