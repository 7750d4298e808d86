/**
 * Identity levels in a real browser (docs/decisions/018): someone who knows a client's name and
 * date of birth files an inzage from their own address; staff link it to that client's dossier;
 * the grant is refused with what is missing and what staff can do; the filer's status page says
 * their identity still has to be checked; after a legitimation check the grant goes through.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO } from "../../db/demo.server";
import { BERICHTEN } from "../../app/i18n/berichten";
import { latestCode } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const V = BERICHTEN.nl.verzoek;
const B = BERICHTEN.nl.behandeling;
const M = BERICHTEN.nl.mijn;
const LAURA = DEMO.clienten.volwassene;

async function staffPagina(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAsNewStaff(page, { rol: "backoffice" });
  return page;
}

function gegeven(page: Page, term: string) {
  const letterlijk = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page
    .locator(".gegevens div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${letterlijk}$`) }) })
    .locator("dd");
}

test.describe("identity levels", () => {
  test.describe.configure({ timeout: 180_000 });

  test("an impostor's request is linked to the client, refused at the grant, and granted only after a legitimation check", async ({
    page,
    browser,
    baseURL,
  }) => {
    // The impostor files with the client's name and date of birth, from an address of their own.
    const email = `indringer.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@voorbeeld.example`;
    await page.goto("/verzoek");
    await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
    const start = new Date(Date.now() - 1000);
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
    await page
      .getByLabel(BERICHTEN.nl.aanmelden.codeLabel)
      .fill(await latestCode(page.request, email, { after: start }));
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
    await page.getByLabel(V.voorMijzelf, { exact: true }).check();
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await page.getByLabel(V.naamZelf, { exact: true }).fill(LAURA.naam);
    const [jaar, maand, dag] = LAURA.geboortedatum.split("-");
    await page.getByLabel(V.geboortedatumZelf, { exact: true }).fill(`${dag}-${maand}-${jaar}`);
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await page.getByLabel("Inzage", { exact: true }).check();
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await page.getByLabel(V.inzageAfschriftJa).check();
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await page.getByRole("button", { name: V.versturen }).click();
    await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.ontvangst.ontvangenTitel })).toBeVisible();
    const nummer = page.url().split("/").pop()!;

    // Staff open it, pick it up and link it to the client's dossier.
    const staf = await staffPagina(browser, baseURL!);
    await staf.goto(`/backoffice?zoek=${nummer}`);
    await staf.getByRole("link", { name: nummer }).click();
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.eigen_adres!);
    await staf.getByRole("button", { name: B.acties.oppakkenKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.oppakken!);
    await staf.getByRole("button", { name: B.koppeling.zoekKnop }).click();
    await staf.getByRole("button", { name: B.koppeling.koppelKnop(LAURA.clientnummer) }).click();
    await expect(staf.getByText(B.koppeling.gekoppeld(LAURA.clientnummer, LAURA.naam))).toBeVisible();

    // Linked, but the address was typed by the filer: own address only. The grant is refused, and says why.
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.eigen_adres!);
    const niveau = staf.getByTestId("identiteitsniveau");
    await expect(niveau).toContainText(B.overzicht.identiteiten.eigen_adres!);
    await expect(niveau).toContainText(B.overzicht.identiteiten.bekend_adres!);
    await expect(niveau).toContainText(B.identiteit.ontbreekt);
    const acties = staf.getByRole("region", { name: B.acties.titel });
    await expect(acties).toContainText(B.acties.geblokkeerd.identiteit_onbevestigd!);
    await expect(acties.getByRole("button", { name: B.acties.toewijzingKnop })).toHaveCount(0);

    // The filer's status page says identity still has to be checked.
    await page.goto(`/mijn/verzoeken/${nummer}`);
    await expect(page.getByRole("region", { name: M.identiteitTitel })).toContainText(M.identiteitUitleg);

    // A legitimation check at the desk: the top level; now the grant goes through.
    const legitimatie = staf.getByRole("region", { name: B.identiteit.legitimatieTitel });
    await legitimatie.getByLabel(B.identiteit.wijzen.persoonlijk!).check();
    await legitimatie.getByLabel(B.identiteit.documentTypeLabel).selectOption("identiteitskaart");
    await legitimatie.getByLabel(B.identiteit.laatsteVierLabel).fill("K7P3");
    await legitimatie.getByRole("button", { name: B.identiteit.legitimatieKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.legitimatie!);
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.gelegitimeerd!);
    await expect(staf.getByTestId("identiteitsniveau")).toContainText(B.identiteit.voldoende);
    await staf.getByRole("button", { name: B.acties.toewijzingKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.toewijzing!);
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("Besloten, in uitvoering");

    await page.goto(`/mijn/verzoeken/${nummer}`);
    await expect(page.getByRole("region", { name: M.identiteitTitel })).toHaveCount(0);
    await staf.context().close();
  });
});
