import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { mag } from "~/domain/bevoegdheden";
import { BERICHTEN } from "~/i18n/geladen";
import { isInvoerWeigering } from "~/server/invoer-weigering";
import type { Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { aangebodenTalenVan, contactVan, getOrganisatie, logoPad, taalAangeboden } from "~/services/organisatie.server";
import { getSessie } from "~/services/sessies.server";
import { env } from "~/env.server";
import { useNonce } from "~/ui/nonce";
import stylesHref from "~/styles.css";
import "~/i18n/teksten/algemeen";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [gekozen, org, sessie] = await Promise.all([taalVanRequest(request), getOrganisatie(), getSessie(request)]);
  return {
    // A language the organisation does not offer (any more) falls back to Dutch.
    taal: taalAangeboden(gekozen, org),
    talen: aangebodenTalenVan(org),
    organisatie: contactVan(org),
    /** GET /logo with the logo's version, or null: shown in the header and in decision letters. */
    logoUrl: logoPad(org),
    ingelogd: sessie?.soort ?? null,
    /**
     * The staff menu (for a staff member the header never shows the client menu): which of their
     * work places they may open, asked of the permission table here so it stays off the browser.
     */
    menu: staffMenu(sessie?.soort === "medewerker" ? sessie.medewerker.rollen : []),
    /** The portal's own address (PUBLIC_URL): passkeys work only there. */
    portaalUrl: env().PUBLIC_URL,
  };
}

function staffMenu(rollen: Parameters<typeof mag>[0]) {
  return {
    wachtrij: mag(rollen, "verzoek.behandelen"),
    ondertekenen: mag(rollen, "besluit.ondertekenen"),
    beheer: mag(rollen, "beheer.instellingen"),
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

/** The language and organisation of this page (root loader), for any component. */
export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

export function useTaal(): Taal {
  return useRootData()?.taal ?? "nl";
}

export function useBerichten() {
  return BERICHTEN[useTaal()];
}

/** The switch to the other language; absent when the organisation offers only Dutch (organisatie.talen). */
function TaalKeuze({ taal, talen }: { taal: Taal; talen: readonly Taal[] }) {
  const location = useLocation();
  const t = BERICHTEN[taal].layout;
  const ander: Taal = taal === "nl" ? "en" : "nl";
  if (!talen.includes(ander)) return null;
  return (
    <form method="post" action="/taal" className="taalkeuze">
      <input type="hidden" name="terug" value={location.pathname + location.search} />
      <input type="hidden" name="taal" value={ander} />
      <button type="submit" lang={ander} className="link-knop">
        {ander === "en" ? t.naarEngels : t.naarNederlands}
      </button>
    </form>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const nonce = useNonce();
  // Staff pages before sign-in (sign-in, invitation) show no client menu: only the staff sign-in.
  const personeelsPagina = /^\/(backoffice|directie|beheer)(_|\/|$)/.test(useLocation().pathname);
  const taal = data?.taal ?? "nl";
  const t = BERICHTEN[taal].layout;
  const org = data?.organisatie;
  return (
    <html lang={taal}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          {t.skipLink}
        </a>
        <header className="kop">
          <div className="kop-binnen">
            <Link to="/" className={data?.logoUrl ? "merk merk-met-logo" : "merk"}>
              {data?.logoUrl && org ? (
                <>
                  {/* The logo carries the organisation's name; the visible name is not read twice. */}
                  <img src={data.logoUrl} alt={org.naam} className="merk-logo" height={44} />
                  <span className="merk-tekst">
                    <span className="merk-naam" aria-hidden="true">
                      {org.naam}
                    </span>
                    <span className="merk-sub">{t.portaal}</span>
                  </span>
                </>
              ) : (
                <>
                  <span className="merk-naam">{org?.naam ?? t.portaal}</span>
                  <span className="merk-sub">{t.portaal}</span>
                </>
              )}
            </Link>
            <nav aria-label={t.hoofdmenu} className="hoofdmenu">
              <ul>
                {data?.ingelogd === "medewerker" ? (
                  <>
                    {data.menu.wachtrij ? (
                      <li>
                        <Link to="/backoffice">{t.wachtrij}</Link>
                      </li>
                    ) : null}
                    {data.menu.ondertekenen ? (
                      <li>
                        <Link to="/directie">{t.ondertekenen}</Link>
                      </li>
                    ) : null}
                    {data.menu.beheer ? (
                      <li>
                        <Link to="/beheer">{t.beheer}</Link>
                      </li>
                    ) : null}
                  </>
                ) : personeelsPagina ? null : (
                  <>
                    <li>
                      <Link to="/verzoek">{t.verzoekIndienen}</Link>
                    </li>
                    <li>
                      <Link to="/mijn">{t.mijnVerzoeken}</Link>
                    </li>
                  </>
                )}
                {data?.ingelogd ? (
                  <li>
                    <Form
                      method="post"
                      action={data.ingelogd === "medewerker" ? "/backoffice/uitloggen" : "/uitloggen"}
                      className="inline-form"
                    >
                      <button type="submit" className="link-knop">
                        {t.uitloggen}
                      </button>
                    </Form>
                  </li>
                ) : (
                  <li>
                    <Link to={personeelsPagina ? "/backoffice/inloggen" : "/inloggen"}>{t.inloggen}</Link>
                  </li>
                )}
              </ul>
            </nav>
            <TaalKeuze taal={taal} talen={data?.talen ?? ["nl", "en"]} />
          </div>
        </header>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        {org ? (
          <footer className="voet">
            <div className="voet-binnen">
              <section aria-labelledby="voet-org">
                <h2 id="voet-org">{org.naam}</h2>
                <p>
                  {org.straat}
                  <br />
                  {org.postcode} {org.plaats}
                  <br />
                  <a href={`mailto:${org.email}`}>{org.email}</a>
                  {org.telefoon ? (
                    <>
                      <br />
                      {org.telefoon}
                    </>
                  ) : null}
                </p>
              </section>
              <section aria-labelledby="voet-fg">
                <h2 id="voet-fg">{t.fg}</h2>
                <p>
                  {org.fgNaam}
                  <br />
                  <a href={`mailto:${org.fgEmail}`}>{org.fgEmail}</a>
                </p>
              </section>
              <section aria-labelledby="voet-klacht">
                <h2 id="voet-klacht">{t.klachten}</h2>
                <p>{t.klachtenKort}</p>
                <p>
                  <Link to="/klachten">{t.klachtenLink}</Link>
                </p>
              </section>
            </div>
          </footer>
        ) : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const alles = useBerichten();
  const t = alles.fout;
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A role without the permission (app/http/sessie.server.ts): say so, not "something went wrong".
  const geenToegang = isRouteErrorResponse(error) && error.status === 403;
  // Input refused at the edge (app/server/invoer.server.ts): its own plain message, never details.
  const weigering = isInvoerWeigering(error) ? error.data : null;
  return (
    <div className="pagina smal">
      <h1>{weigering ? t.invoerTitel : geenToegang ? t.geenToegangTitel : t.titel}</h1>
      <p>{weigering ?? (notFound ? t.nietGevonden : geenToegang ? t.geenToegangPagina : t.tekst)}</p>
      <p>
        <Link to="/">{t.terug}</Link>
      </p>
    </div>
  );
}
