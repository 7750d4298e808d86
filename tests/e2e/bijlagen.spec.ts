/**
 * Files from clients and representatives in a real browser (docs/decisions/032), with a real clamd
 * (tests/support/clamd.ts, on the socket the server was given in playwright.config.ts): a client
 * attaches a photo of a letter to a message about a correction and staff download it byte for byte;
 * a representative sends an authorisation and staff record the authority check with it.
 */
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BERICHTEN } from "../../app/i18n/berichten";
import { startClamd, type TestClamd } from "../support/clamd";
import { maakMijnVerzoek } from "./support/fixtures";
import { latestCode } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const M = BERICHTEN.nl.mijn;
const BC = BERICHTEN.nl.bijlagen.client;
const BM = BERICHTEN.nl.bijlagen.medewerker;
const B = BERICHTEN.nl.behandeling;

let clamd: TestClamd;

test.beforeAll(async () => {
  clamd = await startClamd({ map: process.env.E2E_CLAMD_DIR! });
});
test.afterAll(async () => {
  await clamd?.stop();
});

/** A real PNG photo (w×h grey pixels). */
function png(w: number, h: number): Buffer {
  const tabel = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = tabel[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const stuk = (soort: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(soort, "latin1"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  const rijen = Buffer.concat(
    Array.from({ length: h }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(w, (y * 7) & 0xff)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    stuk("IHDR", ihdr),
    stuk("IDAT", deflateSync(rijen)),
    stuk("IEND", Buffer.alloc(0)),
  ]);
}

function uniekAdres(naam: string): string {
  return `${naam}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.example`;
}

async function logIn(page: Page, email: string) {
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await page.getByLabel("E-mailadres").fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page).toHaveURL(/\/inloggen\/code/);
  await page.getByLabel("Code van 6 cijfers").fill(await latestCode(page.request, email, { after: start }));
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/mijn$/);
}

async function staffPagina(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  await signInAsNewStaff(page, { rol: "backoffice" });
  return page;
}

test.describe("files from clients and representatives", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a client attaches a photo of a letter to a correction request's message; staff download it byte for byte", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniekAdres("bijlage");
    await logIn(page, email);
    const { nummer, id } = await maakMijnVerzoek({ email, type: "correctie" });
    await page.goto(`/mijn/verzoeken/${nummer}`);

    // The message is written on its own page, which warns plainly: no copy of an ID document.
    await page.getByRole("link", { name: M.berichtLink }).click();
    await expect(page.getByText(BC.geenId).first()).toBeVisible();
    const foto = png(64, 48);
    await page.getByLabel(M.berichtLabel).fill("Mijn adres klopt niet. Hierbij een foto van de brief van de gemeente.");
    await page.getByLabel(BC.veld).setInputFiles({ name: "brief gemeente.png", mimeType: "image/png", buffer: foto });
    await page.getByRole("button", { name: M.berichtVersturen }).click();
    await expect(page.getByRole("status")).toContainText(M.berichtVerstuurd);
    await expect(page.locator(".bericht-bijlagen")).toContainText("brief gemeente.png");
    // The client downloads their own file again, from the list under the message.
    const [eigen] = await Promise.all([
      page.waitForEvent("download"),
      page
        .locator(".bericht-bijlagen")
        .getByRole("link", { name: BC.downloaden("brief gemeente.png") })
        .click(),
    ]);
    expect(eigen.suggestedFilename()).toBe("brief gemeente.png");
    expect(readFileSync((await eigen.path())!).equals(foto)).toBe(true);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    const staf = await staffPagina(browser, baseURL!);
    await staf.goto(`/backoffice/verzoeken/${id}`);
    const regio = staf.getByRole("region", { name: BM.titel });
    await expect(regio).toContainText(BM.bijBericht);
    const [download] = await Promise.all([
      staf.waitForEvent("download"),
      regio.getByRole("link", { name: BM.downloaden("brief gemeente.png") }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("brief gemeente.png");
    expect(readFileSync((await download.path())!).equals(foto)).toBe(true);
    await staf.context().close();
  });

  test("a representative uploads an authorisation; staff record the authority check with it", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniekAdres("gemachtigde");
    await logIn(page, email);
    const { nummer, id } = await maakMijnVerzoek({
      email,
      type: "correctie",
      voor: "Kim Testpersoon",
      relatie: "gemachtigde",
    });
    await page.goto(`/mijn/verzoeken/${nummer}`);

    const machtiging = Buffer.from(
      "%PDF-1.4\n% Machtiging (fictief), getekend door Kim Testpersoon\ntrailer << >>\n%%EOF\n",
      "latin1",
    );
    // The proof has its own page, reached from the request page.
    await page.getByRole("link", { name: BC.bewijsLink }).click();
    await expect(page).toHaveURL(`/mijn/verzoeken/${nummer}/bewijs`);
    const bewijs = page.getByRole("region", { name: BC.bewijsTitel });
    await expect(bewijs).toContainText(BC.geenId);
    await bewijs
      .getByLabel(BC.bewijsVeld)
      .setInputFiles({ name: "machtiging.pdf", mimeType: "application/pdf", buffer: machtiging });
    await bewijs.getByRole("button", { name: BC.bewijsKnop }).click();
    await expect(page.getByRole("region", { name: BC.bewijsTitel }).getByRole("status")).toContainText(
      BC.bewijsVerstuurd,
    );
    await expect(page.getByRole("region", { name: BC.bewijsTitel })).toContainText("machtiging.pdf");

    const staf = await staffPagina(browser, baseURL!);
    await staf.goto(`/backoffice/verzoeken/${id}`);
    await expect(staf.getByRole("region", { name: BM.titel })).toContainText(BM.bewijs);
    const controle = staf.getByRole("region", { name: B.identiteit.vertegenwoordigingTitel });
    await controle.getByLabel(B.identiteit.bewijsSoorten.machtiging!).check();
    await controle
      .getByLabel(B.identiteit.bewijsLabel)
      .fill("Machtiging van Kim Testpersoon, gedateerd en getekend, voor dit verzoek");
    await expect(controle.getByLabel(BM.bijlageLabel)).toHaveValue(/^[0-9a-f-]{36}$/);
    await controle.getByRole("button", { name: B.identiteit.vertegenwoordigingKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.vertegenwoordiging!);
    await expect(staf.getByRole("region", { name: B.identiteit.titel })).toContainText(BM.metBijlage("machtiging.pdf"));
    await staf.context().close();
  });
});
