import { describe, expect, it } from "vitest";
import {
  contentDisposition,
  opslagSleutelVoorBestand,
  STANDAARD_BESTANDSREGELS,
  toegestaneSoort,
  toegestaneSoorten,
  weergavenaam,
} from "./bestanden";

const zonderKantoor = { kantoorformaten: false };
const metKantoor = { kantoorformaten: true };

describe("toegestaneSoort: the kind by content, against the allowed list", () => {
  it("accepts PDF, JPEG and PNG", () => {
    expect(toegestaneSoort({ mime: "application/pdf", ext: "pdf" }, zonderKantoor)).toEqual({ soort: "pdf" });
    expect(toegestaneSoort({ mime: "image/jpeg", ext: "jpg" }, zonderKantoor)).toEqual({ soort: "jpg" });
    expect(toegestaneSoort({ mime: "image/png", ext: "png" }, zonderKantoor)).toEqual({ soort: "png" });
  });
  it("refuses a program, whatever its name", () => {
    expect(toegestaneSoort({ mime: "application/x-msdownload", ext: "exe" }, metKantoor)).toEqual({
      weigering: "soort_niet_toegestaan",
    });
  });
  it("refuses content it cannot recognise (plain text, HTML, SVG)", () => {
    expect(toegestaneSoort(undefined, metKantoor)).toEqual({ weigering: "soort_onbekend" });
    expect(toegestaneSoort({ mime: "image/svg+xml", ext: "svg" }, metKantoor)).toEqual({
      weigering: "soort_niet_toegestaan",
    });
  });
  it("takes office formats only when the practice enabled them", () => {
    const docx = { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" };
    expect(toegestaneSoort(docx, zonderKantoor)).toEqual({ weigering: "soort_niet_toegestaan" });
    expect(toegestaneSoort(docx, metKantoor)).toEqual({ soort: "docx" });
    expect(toegestaneSoorten(zonderKantoor)).toEqual(["pdf", "jpg", "png"]);
    expect(toegestaneSoorten(metKantoor)).toContain("odt");
  });
  it("has limits per file and per request by default", () => {
    expect(STANDAARD_BESTANDSREGELS.maxBytesPerBestand).toBe(100 * 1024 * 1024);
    expect(STANDAARD_BESTANDSREGELS.maxBytesPerAanvraag).toBeGreaterThan(STANDAARD_BESTANDSREGELS.maxBytesPerBestand);
  });
});

describe("names", () => {
  it("shows the client's name without folders or special characters, with the extension of the content", () => {
    expect(weergavenaam("C:\\Users\\x\\Brief huisarts.PDF", "pdf")).toBe("Brief huisarts.pdf");
    expect(weergavenaam("../../etc/passwd", "png")).toBe("passwd.png");
    expect(weergavenaam("factuur.exe", "pdf")).toBe("factuur.pdf");
    expect(weergavenaam('a"b<c>\u0000d.jpg', "jpg")).toBe("abcd.jpg");
    expect(weergavenaam("...", "pdf")).toBe("document.pdf");
    expect(weergavenaam("x".repeat(300) + ".pdf", "pdf")).toHaveLength(104);
  });
  it("stores a file under a random key, never under its name", () => {
    expect(opslagSleutelVoorBestand("0b3f2c1e-1111-4222-8333-444455556666")).toBe(
      "bestanden/0b3f2c1e-1111-4222-8333-444455556666.enc",
    );
    expect(() => opslagSleutelVoorBestand("../brief.pdf")).toThrow();
  });
  it("downloads as an attachment, with the UTF-8 name and a plain ASCII one", () => {
    expect(contentDisposition("Verslag cliënt.pdf")).toBe(
      `attachment; filename="Verslag client.pdf"; filename*=UTF-8''Verslag%20cli%C3%ABnt.pdf`,
    );
  });
});
