import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { useBerichten } from "~/root";
import { vereisMedewerker } from "~/http/sessie.server";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/ondertekening";

/**
 * The directie's pages (/directie/*): only staff with the directie role. No session (or a client
 * session) goes to the staff sign-in; staff without the role get 403. The services check the role
 * again themselves (roles can change after sign-in).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "besluit.ondertekenen");
  return { naam: medewerker.naam };
}

export default function DirectieLayout() {
  const { naam } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.ondertekening.nav;
  const location = useLocation();
  const opInbox = location.pathname.replace(/\/$/, "") === "/directie";

  return (
    <>
      <nav aria-label={t.label} className="backoffice-menu">
        <div className="backoffice-menu-binnen">
          <ul>
            <li>
              <Link to="/backoffice">{t.wachtrij}</Link>
            </li>
            <li>
              <Link to="/directie" aria-current={opInbox ? "page" : undefined}>
                {t.inbox}
              </Link>
            </li>
            <li>
              <Link
                to="/directie/afscherming"
                aria-current={location.pathname.startsWith("/directie/afscherming") ? "page" : undefined}
              >
                {t.afscherming}
              </Link>
            </li>
          </ul>
          <p className="backoffice-wie">{alles.backoffice.nav.ingelogdAls(naam)}</p>
        </div>
      </nav>
      <Outlet />
    </>
  );
}
