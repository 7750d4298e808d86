import { z } from "zod";
import {
  afwijzingSchema,
  berichtSchema,
  hervatSchema,
  intrekkenSchema,
  isBehandelStap,
  kennelijkOngegrondSchema,
  kindGeraadpleegdSchema,
  koppelSchema,
  leegSchema,
  legitimatieSchema,
  notitieSchema,
  sluitenSchema,
  toewijzenSchema,
  verlengingSchema,
  vertegenwoordigingSchema,
  vraagSchema,
  type BehandelStap,
} from "~/domain/behandeling";
import type { Verzoektype } from "~/domain/request-types";

/** Every form of the detail page: the steps of app/domain/behandeling.ts plus unlinking a client record. */
export type Formulier = BehandelStap | "ontkoppelen";

export function isFormulier(value: unknown): value is Formulier {
  return value === "ontkoppelen" || isBehandelStap(value);
}

/**
 * The input schema of each form: the same zod schema in the browser (conform) and in the route;
 * the service checks it again itself. Messages are codes (app/domain/behandeling.ts).
 */
export function stapSchema(formulier: Formulier, type: Verzoektype) {
  switch (formulier) {
    case "toewijzen":
      return toewijzenSchema;
    case "koppelen":
      return koppelSchema;
    case "legitimatie":
      return legitimatieSchema;
    case "vertegenwoordiging":
      return vertegenwoordigingSchema;
    case "kind_geraadpleegd":
      return kindGeraadpleegdSchema;
    case "vraag_stellen":
      return vraagSchema;
    case "hervatten":
      return hervatSchema;
    case "notitie":
      return notitieSchema;
    case "bericht":
      return berichtSchema;
    case "afwijzing":
      return afwijzingSchema(type);
    case "kennelijk_ongegrond":
      return kennelijkOngegrondSchema;
    case "verlenging":
      return verlengingSchema;
    case "intrekken":
      return intrekkenSchema;
    case "sluiten_zonder_besluit":
      return sluitenSchema;
    case "oppakken":
    case "toewijzing":
    case "uitvoering_afronden":
    case "ontkoppelen":
      return leegSchema;
  }
}

/** The schema the route parses a POST with: the step's fields plus the step and the version seen. */
export function postSchema(formulier: Formulier, type: Verzoektype) {
  return stapSchema(formulier, type).extend({
    intent: z.literal(formulier),
    // A missing or mangled version is treated as a stale page.
    versie: z.number({ error: "intussen_gewijzigd" }).int("intussen_gewijzigd").min(1, "intussen_gewijzigd"),
  });
}
