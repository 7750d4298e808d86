import { amsterdamDate } from "~/domain/calendar";
import { isSluitReden, SLUIT_REDEN_TEKST } from "~/domain/verzoek-status";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import "~/i18n/teksten/behandeling";

/** One event as staff see it: also the staff-only ones, with who did it. */
export type StaffTijdlijnRegel = {
  id: number;
  soort: string;
  gegevens: Record<string, unknown>;
  op: string;
  zichtbaarVoorClient: boolean;
  actorSoort: string;
  door: string | null;
};

const tekst = (g: Record<string, unknown>, veld: string): string | null => {
  const v = g[veld];
  return typeof v === "string" && v.trim() ? v.trim() : null;
};

/** The extra lines of an event: the question, the new date, the assignee, the staff's own words. */
function details(item: StaffTijdlijnRegel, alles: Berichten, taal: Taal): string[] {
  const t = alles.behandeling.tijdlijn;
  const g = item.gegevens ?? {};
  const regels: (string | null)[] = [];
  switch (item.soort) {
    case "ontvangen": {
      const kanaal = tekst(g, "kanaal");
      regels.push(kanaal ? t.kanaal(alles.behandeling.overzicht.kanalen[kanaal] ?? kanaal) : null);
      break;
    }
    case "toegewezen": {
      const naam = tekst(g, "naam");
      regels.push(naam ? t.aan(naam) : null);
      break;
    }
    case "gekoppeld":
    case "ontkoppeld": {
      const nummer = tekst(g, "clientnummer");
      regels.push(nummer ? t.clientnummer(nummer) : null);
      break;
    }
    case "vraag_gesteld": {
      const reden = tekst(g, "reden");
      regels.push(reden ? t.vraag(reden) : null);
      break;
    }
    case "antwoord_ontvangen":
    case "hervat": {
      const doel = tekst(g, "doelTermijn");
      regels.push(doel && /^\d{4}-\d{2}-\d{2}$/.test(doel) ? t.nieuweDoeltermijn(formatDatum(doel, taal)) : null);
      const dagen = g.gepauzeerdeDagen;
      regels.push(typeof dagen === "number" ? t.gepauzeerdeDagen(dagen) : null);
      break;
    }
    case "toelichting": {
      const bij = tekst(g, "bij");
      const inhoud = tekst(g, "tekst");
      regels.push(inhoud ? t.toelichtingBij(bij ? (t.soorten[bij] ?? bij) : "", inhoud) : null);
      break;
    }
    case "kind_geraadpleegd": {
      const uitkomst = tekst(g, "uitkomst");
      const uitkomsten = alles.behandeling.kind.uitkomsten as Record<string, string>;
      regels.push(uitkomst ? (uitkomsten[uitkomst] ?? uitkomst) : null);
      regels.push(tekst(g, "toelichting"));
      break;
    }
    case "besluit":
    case "concept_ter_ondertekening": {
      const soort = tekst(g, "soort");
      regels.push(soort ? t.soortBesluit(alles.behandeling.besluiten.soorten[soort] ?? soort) : null);
      break;
    }
    case "verlengd": {
      const reden = tekst(g, "reden");
      regels.push(reden ? t.reden(reden) : null);
      break;
    }
    case "gesloten": {
      const reden = g.sluitReden;
      regels.push(isSluitReden(reden) ? t.reden(SLUIT_REDEN_TEKST[reden][taal]) : null);
      break;
    }
    case "ingetrokken": {
      const reden = tekst(g, "reden");
      regels.push(reden ? t.reden(reden) : null);
      regels.push(g.geregistreerdDoorMedewerker === true ? t.doorMedewerker : null);
      break;
    }
  }
  return regels.filter((r): r is string => r !== null);
}

/**
 * The staff timeline: every event, oldest first, with the day, who did it, and whether the client
 * sees it too (in words, not only by colour: WCAG 1.4.1).
 */
export function StaffTijdlijn({ items, alles, taal }: { items: StaffTijdlijnRegel[]; alles: Berichten; taal: Taal }) {
  const t = alles.behandeling.tijdlijn;
  return (
    <section aria-labelledby="tijdlijn-titel">
      <h2 id="tijdlijn-titel">{t.titel}</h2>
      {items.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <ol className="tijdlijn">
          {items.map((item) => {
            const dag = amsterdamDate(new Date(item.op));
            const door =
              item.actorSoort === "medewerker" && item.door
                ? t.door(item.door)
                : item.actorSoort === "client"
                  ? t.doorClient
                  : item.actorSoort === "systeem"
                    ? t.doorSysteem
                    : null;
            return (
              <li key={item.id} className={`tijdlijn-item${item.zichtbaarVoorClient ? "" : " tijdlijn-intern"}`}>
                <p className="tijdlijn-datum">
                  <time dateTime={dag}>{formatDatum(dag, taal)}</time>
                  {door ? ` – ${door}` : null}
                </p>
                <p className="tijdlijn-tekst">{t.soorten[item.soort] ?? item.soort}</p>
                {details(item, alles, taal).map((regel, i) => (
                  <p key={i} className="tijdlijn-detail vrije-tekst">
                    {regel}
                  </p>
                ))}
                <p className="tijdlijn-zichtbaarheid">{item.zichtbaarVoorClient ? t.client : t.intern}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
