import { Link } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import type { VerzoekStatus } from "~/domain/verzoek-status";
import { formatDatum, type Taal } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import type { MijnVerzoek } from "~/services/mijn.server";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/rechten";

/** The parts of the client's status page (/mijn/verzoeken/:nummer) about the request itself. */

type Verzoek = SerializeFrom<MijnVerzoek>;

const WACHT_OP_BESLUIT: readonly VerzoekStatus[] = [
  "ontvangen",
  "in_behandeling",
  "wacht_op_client",
  "wacht_op_directie",
];

function Datum({ iso, taal }: { iso: string; taal: Taal }) {
  return <time dateTime={iso}>{formatDatum(iso, taal)}</time>;
}

/**
 * What the client still has to know or do: our identity check, the proof of authority, and our
 * question while the clock stands still (the link goes to the message page, where the answer is written).
 */
export function VerzoekMeldingen({
  verzoek,
  bewijs,
}: {
  verzoek: Verzoek;
  /** The proof of authority still needed, in words (app/services/mijn.server.ts `mijnVerzoekInWoorden`). */
  bewijs: { wat: string; hoe: string } | null;
}) {
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();
  const wachtOpAntwoord = verzoek.openPauze !== null;
  return (
    <>
      {verzoek.identiteitNogControleren ? (
        <section className="melding let-op" aria-labelledby="identiteit-titel" data-testid="identiteit-nog-controleren">
          <h2 id="identiteit-titel">{t.identiteitTitel}</h2>
          <p>{t.identiteitUitleg}</p>
        </section>
      ) : null}

      {bewijs ? (
        <section className="melding let-op" aria-labelledby="bewijs-titel">
          <h2 id="bewijs-titel">{t.bewijsNogTitel}</h2>
          <p>{bewijs.wat}</p>
          <p>{bewijs.hoe}</p>
        </section>
      ) : null}

      {wachtOpAntwoord && verzoek.openPauze ? (
        <section className="melding let-op" aria-labelledby="pauze-titel">
          <h2 id="pauze-titel">{t.pauzeTitel}</h2>
          <p>{t.pauzeSinds(formatDatum(verzoek.openPauze.van, taal))}</p>
          <p>
            <strong>{t.pauzeVraag}</strong> <span lang="nl">{verzoek.openPauze.reden}</span>
          </p>
          <p>
            {t.pauzeActie}{" "}
            <Link to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/bericht`}>{t.pauzeLink}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** Number, right, for whom, received on, status. */
export function OverHetVerzoek({ verzoek, status }: { verzoek: Verzoek; status: string }) {
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();
  return (
    <section aria-labelledby="over-titel">
      <h2 id="over-titel">{t.overTitel}</h2>
      <dl className="gegevens">
        <div>
          <dt>{t.nummer}</dt>
          <dd>{verzoek.nummer}</dd>
        </div>
        <div>
          <dt>{t.recht}</dt>
          <dd>{alles.rechten[verzoek.type].naam}</dd>
        </div>
        {verzoek.voor ? (
          <div>
            <dt>{t.ingediendVoor}</dt>
            <dd>{verzoek.voor}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.ontvangenOp}</dt>
          <dd>
            <Datum iso={verzoek.ontvangenOp} taal={taal} />
          </dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{status}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The deadline: before the decision the client waits for an answer; after it, for the execution. */
export function VerzoekTermijn({
  verzoek,
  termijn,
  inUitvoering,
}: {
  verzoek: Verzoek;
  /** The term sentence and the status while carried out, in words (`mijnVerzoekInWoorden`). */
  termijn: string;
  inUitvoering: string;
}) {
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();
  const voorBesluit = WACHT_OP_BESLUIT.includes(verzoek.status);
  const wachtOpAntwoord = verzoek.openPauze !== null;
  return (
    <section aria-labelledby="termijn-titel">
      <h2 id="termijn-titel">{t.termijnTitel}</h2>
      {voorBesluit ? (
        <>
          <p className="mijn-termijn">{termijn}</p>
          {verzoek.gepauzeerdeDagen > 0 ? <p>{t.gepauzeerd(verzoek.gepauzeerdeDagen)}</p> : null}
          {wachtOpAntwoord ? <p>{t.pauzeSchuift}</p> : null}
          {verzoek.verlengd ? (
            <p>
              {t.verlengd}
              {verzoek.verlengingReden ? (
                <>
                  {" "}
                  {t.verlengdReden} <span lang="nl">{verzoek.verlengingReden}</span>
                </>
              ) : null}
            </p>
          ) : null}
          {verzoek.uitvoeringTermijn ? <p>{t.uitvoering(formatDatum(verzoek.uitvoeringTermijn, taal))}</p> : null}
        </>
      ) : verzoek.status === "in_uitvoering" ? (
        <p className="mijn-termijn">
          {verzoek.uitvoeringTermijn ? t.uitvoering(formatDatum(verzoek.uitvoeringTermijn, taal)) : inUitvoering}
        </p>
      ) : (
        <p>{t.doelTermijnAfgesloten}</p>
      )}
    </section>
  );
}
