import { describe, expect, it } from "vitest";
import { GeenBevoegdheid } from "~/domain/bevoegdheden";
import { BehandelFout, VerzoekIntussenGewijzigd } from "~/domain/behandeling";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/berichten";
import { foutTekst, paginaFout, statusVanCode } from "./fouten.server";

describe("the edge: a domain error becomes one answer", () => {
  it("status follows from the code: 404 not found, 403 refused, 409 stale, 400 otherwise", () => {
    expect(statusVanCode("niet_gevonden")).toBe(404);
    expect(statusVanCode("geen_toegang")).toBe(403);
    expect(statusVanCode("intussen_gewijzigd")).toBe(409);
    expect(statusVanCode("toelichting_verplicht")).toBe(400);
  });

  it("a refusal says who may, in the user's language", () => {
    const fout = new GeenBevoegdheid("besluit.ondertekenen");
    expect(foutTekst(fout, "nl")).toBe(BERICHTEN.nl.toegang.geenBevoegdheid["besluit.ondertekenen"]);
    expect(foutTekst(fout, "en")).toBe(BERICHTEN.en.toegang.geenBevoegdheid["besluit.ondertekenen"]);
    expect(foutTekst(fout, "en")).toContain("management");
  });

  it("the page's own text by code comes first; then the shared one; never the raw Dutch message", () => {
    const eigen = new BehandelFout("toelichting_verplicht", "Schrijf een toelichting.", "toelichting");
    expect(foutTekst(eigen, "en", { toelichting_verplicht: "Write an explanation." })).toBe("Write an explanation.");
    expect(foutTekst(new VerzoekIntussenGewijzigd(), "en")).toBe(BERICHTEN.en.toegang.fouten.intussen_gewijzigd);
    const onbekend = new DomainError("iets_nieuws", "Een interne Nederlandse zin met details.");
    expect(foutTekst(onbekend, "en")).toBe(BERICHTEN.en.toegang.fouten.ongeldig);
    expect(foutTekst(onbekend, "en", { ongeldig: "This form is not right." })).toBe("This form is not right.");
  });

  it("a page that may not be shown answers 404 or 403 with a plain text, in the user's language", async () => {
    const weg = paginaFout(404, "en");
    expect(weg.status).toBe(404);
    expect(await weg.text()).toBe(BERICHTEN.en.fout.nietGevonden);
    const dicht = paginaFout(403, "nl");
    expect(dicht.status).toBe(403);
    expect(await dicht.text()).toBe(BERICHTEN.nl.fout.geenToegangPagina);
  });
});
