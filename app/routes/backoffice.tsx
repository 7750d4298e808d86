import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { mag } from "~/domain/bevoegdheden";
import { useBerichten } from "~/root";
import { vereisMedewerker } from "~/http/sessie.server";
import "~/i18n/teksten/backoffice";

/**
 * The backoffice layout (/backoffice/*): staff only. No session or a client session goes to
 * /backoffice/inloggen; which role may do what is checked by each page's service. The menu asks
 * the same table (app/domain/bevoegdheden.ts `mag`).
 * Pages that must work without a staff session (sign-in, an invitation) escape this layout with
 * `backoffice_.` in their file name (e.g. backoffice_.inloggen.tsx).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request);
  return { naam: medewerker.naam, rollen: medewerker.rollen };
}

export default function BackofficeLayout() {
  const { naam, rollen } = useLoaderData<typeof loader>();
  const t = useBerichten().backoffice.nav;
  const location = useLocation();
  const opWachtrij = location.pathname.replace(/\/$/, "") === "/backoffice";
  const mijnWerk = opWachtrij && new URLSearchParams(location.search).get("behandelaar") === "ik";
  const huidig = (actief: boolean) => (actief ? ("page" as const) : undefined);
  const behandelt = mag(rollen, "verzoek.behandelen");

  return (
    <>
      <nav aria-label={t.label} className="backoffice-menu">
        <div className="backoffice-menu-binnen">
          <ul>
            {behandelt ? (
              <>
                <li>
                  <Link to="/backoffice" aria-current={huidig(opWachtrij && !mijnWerk)}>
                    {t.wachtrij}
                  </Link>
                </li>
                <li>
                  <Link to="/backoffice?behandelaar=ik" aria-current={huidig(mijnWerk)}>
                    {t.mijnWerk}
                  </Link>
                </li>
                <li>
                  <Link to="/backoffice/registreren">{t.nieuwVerzoek}</Link>
                </li>
              </>
            ) : null}
            {mag(rollen, "besluit.ondertekenen") ? (
              <li>
                <Link to="/directie">{t.directie}</Link>
              </li>
            ) : null}
          </ul>
          <p className="backoffice-wie">{t.ingelogdAls(naam)}</p>
        </div>
      </nav>
      <Outlet />
    </>
  );
}
