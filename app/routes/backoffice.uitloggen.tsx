import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import { logUitAlsMedewerker } from "~/services/medewerkers.server";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/backoffice";

/**
 * /backoffice/uitloggen: POST ends this browser's staff session (audited) and goes to the staff
 * sign-in page. GET (inside the backoffice layout, so staff only) shows the button: no GET signs out.
 */
export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].medewerkerToegang.uitloggen.metaTitel }];
};

export async function action({ request }: ActionFunctionArgs) {
  await leesFormulier(request);
  const cookie = await logUitAlsMedewerker(request);
  if (!cookie) throw redirect("/backoffice/inloggen");
  throw redirect("/backoffice/inloggen?melding=uitgelogd", { headers: { "Set-Cookie": cookie } });
}

export default function MedewerkerUitloggen() {
  const t = useBerichten().medewerkerToegang.uitloggen;
  return (
    <div className="pagina smal">
      <h1 id="uitloggen-titel">{t.titel}</h1>
      <Form method="post" aria-labelledby="uitloggen-titel">
        <p>{t.vraag}</p>
        <button type="submit" className="knop">
          {t.knop}
        </button>
      </Form>
    </div>
  );
}
