import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import { logUit } from "~/services/inloggen.server";
import { getSessie } from "~/services/sessies.server";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/inloggen";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].uitloggen.metaTitel }];
};

/** GET never signs out (no GET changes data): it shows the button. */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await getSessie(request);
  return { ingelogd: sessie !== null };
}

export async function action({ request }: ActionFunctionArgs) {
  await leesFormulier(request);
  const cookie = await logUit(request);
  throw redirect("/", { headers: { "Set-Cookie": cookie } });
}

export default function Uitloggen() {
  const { ingelogd } = useLoaderData<typeof loader>();
  const t = useBerichten().uitloggen;
  return (
    <div className="pagina smal">
      <h1>{t.titel}</h1>
      {ingelogd ? (
        <Form method="post">
          <p>{t.vraag}</p>
          <button type="submit" className="knop">
            {t.knop}
          </button>
        </Form>
      ) : (
        <>
          <p>{t.nietIngelogd}</p>
          <p>
            <Link to="/inloggen">{t.naarInloggen}</Link>
          </p>
        </>
      )}
    </div>
  );
}
