import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useBerichten } from "~/root";
import { vereisMedewerker } from "~/http/sessie.server";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/beheer";

/**
 * The beheerder's pages (/beheer/*): only staff with the beheerder role; the services check the role
 * again inside their transaction (roles can change after sign-in).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  return { naam: medewerker.naam };
}

const LINKS = [
  "organisatie",
  "reglement",
  "medewerkers",
  "import",
  "bewaartermijnen",
  "bewaring",
  "register",
  "historie",
] as const;

export default function BeheerLayout() {
  const { naam } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.beheer.nav;
  return (
    <>
      <nav aria-label={t.label} className="backoffice-menu">
        <div className="backoffice-menu-binnen">
          <ul>
            <li>
              <NavLink to="/beheer" end>
                {t.overzicht}
              </NavLink>
            </li>
            {LINKS.map((l) => (
              <li key={l}>
                <NavLink to={`/beheer/${l}`}>{t[l]}</NavLink>
              </li>
            ))}
          </ul>
          <p className="backoffice-wie">{alles.backoffice.nav.ingelogdAls(naam)}</p>
        </div>
      </nav>
      <Outlet />
    </>
  );
}
