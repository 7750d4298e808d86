import type { Berichten } from "~/i18n/berichten";

/**
 * The files a client or representative sent, listed on their own pages, each a link to download it
 * again (docs/decisions/032). Apart from the file forms (./bijlagen.tsx), so a page that only lists
 * files loads no form code.
 */

/** A file the client sent, as their status page shows it (app/services/bijlagen.server.ts `BijlageRegel`). */
export type BijlageWeergave = {
  id: string;
  berichtId: string | null;
  doel: "bericht" | "vertegenwoordiging";
  bestandsnaam: string;
  grootte: number;
};

const kb = (grootte: number) => Math.max(1, Math.round(grootte / 1024)).toString();

/** The filer downloads a file they sent again (app/routes/mijn.verzoeken.$nummer_.bijlagen.$bijlageId.ts). */
export function bijlageHref(nummer: string, bijlageId: string): string {
  return `/mijn/verzoeken/${encodeURIComponent(nummer)}/bijlagen/${encodeURIComponent(bijlageId)}`;
}

/** One file the client sent: a download link with its size (a plain link: the answer is a file, not a page). */
export function EigenBijlage({
  t,
  nummer,
  bijlage,
}: {
  t: Berichten["bijlagen"]["client"];
  nummer: string;
  bijlage: BijlageWeergave;
}) {
  return (
    <li>
      <a href={bijlageHref(nummer, bijlage.id)} download>
        {t.downloaden(bijlage.bestandsnaam)}
      </a>{" "}
      ({t.grootte(kb(bijlage.grootte))})
    </li>
  );
}

/** The files sent with one message, each to download again by the one who sent it. */
export function MeegestuurdeBijlagen({
  t,
  nummer,
  bijlagen,
}: {
  t: Berichten["bijlagen"]["client"];
  nummer: string;
  bijlagen: readonly BijlageWeergave[];
}) {
  if (bijlagen.length === 0) return null;
  return (
    <div className="bericht-bijlagen">
      <p>{t.meegestuurd}</p>
      <ul>
        {bijlagen.map((b) => (
          <EigenBijlage key={b.id} t={t} nummer={nummer} bijlage={b} />
        ))}
      </ul>
    </div>
  );
}
