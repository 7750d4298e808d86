import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { beheerHistorie } from "~/services/beheer.server";
import { vereisMedewerker } from "~/http/sessie.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.historie.metaTitel }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const taal = await taalVanRequest(request);
  const fmt = new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  });
  const rijen = await beheerHistorie(medewerker.id);
  return {
    rijen: rijen.map((r) => ({
      id: r.id,
      op: fmt.format(r.op),
      wie: r.actorNaam ?? r.actorId ?? "",
      actie: r.actie,
      details: JSON.stringify(r.details, null, 1),
    })),
  };
}

export default function Historie() {
  const { rijen } = useLoaderData<typeof loader>();
  const t = useBerichten().beheer.historie;
  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {rijen.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <div className="tabel-scroll" tabIndex={0} role="region" aria-label={t.titel}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.wanneer}</th>
                <th scope="col">{t.wie}</th>
                <th scope="col">{t.wat}</th>
                <th scope="col">{t.details}</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.id}>
                  <td>{r.op}</td>
                  <td>{r.wie}</td>
                  <td>{r.actie}</td>
                  <td>
                    <pre className="beheer-details">{r.details}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
