/**
 * The confirmation e-mail as the intake stores it (rendered once per variant and filled in,
 * emails/index.ts) is, byte for byte, what react-email's own render gives for the same data and the
 * organisation as getOrganisatie reads it: subject, HTML and text, in Dutch and English, for the
 * first submission of a variant and for the ones after it. And a representative's later e-mails
 * (here: a new message from staff) name the person concerned, short (docs/decisions/018).
 */
import { randomBytes } from "node:crypto";
import { render } from "@react-email/components";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { accounts, uitgaandeMail, verzoeken } from "../../db/schema";
import { sjabloonVan, vergeetMailVormen, type MailTaal } from "../../emails";
import { env } from "~/env.server";
import { pakOp, stuurBerichtAanClient } from "~/services/behandeling.server";
import { dienVerzoekIn } from "~/services/intake.server";
import { getOrganisatie } from "~/services/organisatie.server";
import { useFreshDatabase } from "../support/database";
import { maakBackoffice } from "../support/pakket";

const testDb = useFreshDatabase();

beforeAll(async () => {
  await seedDemoIfEmpty();
  vergeetMailVormen();
});

async function dienIn(type: string, extra: Record<string, unknown>, taal: MailTaal) {
  const [account] = await testDb()
    .db.insert(accounts)
    .values({ email: `indiener-${randomBytes(4).toString("hex")}@voorbeeld.example` })
    .returning({ id: accounts.id });
  return dienVerzoekIn(
    { accountId: account!.id },
    {
      gegevens: {
        indiener: { voorWie: "zelf" },
        betrokkene: { naam: "Proefpersoon Één", geboortedatum: "21-04-1988" },
        type,
        ...extra,
      },
      idempotentieSleutel: randomBytes(16).toString("base64url"),
      taal,
    },
  );
}

describe("the stored confirmation e-mail equals a full render", () => {
  for (const taal of ["nl", "en"] as const) {
    it(`in ${taal === "nl" ? "Dutch" : "English"}, for three submissions of each of two rights`, async () => {
      for (const [type, extra] of [
        ["inzage", { inzage: { afschrift: "ja" } }],
        ["dataportabiliteit", { dataportabiliteit: { bestemming: "mij" } }],
      ] as const) {
        for (let keer = 0; keer < 3; keer++) {
          const r = await dienIn(type, extra, taal);
          const [mail] = await testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, r.verzoekId));
          const [verzoek] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
          const data = {
            nummer: r.nummer,
            type: verzoek!.type as typeof type,
            ontvangenOp: r.ontvangenOp,
            doelTermijn: r.doelTermijn,
            wettelijkeTermijn: r.wettelijkeTermijn,
            url: `${env().PUBLIC_URL}/mijn/verzoeken/${r.nummer}`,
          };
          const sjabloon = sjabloonVan("verzoek_ontvangen");
          const element = createElement(sjabloon.Component, { data, taal, organisatie: await getOrganisatie() });
          const [html, tekst] = await Promise.all([render(element), render(element, { plainText: true })]);
          expect(mail!.onderwerp).toBe(sjabloon.onderwerp(data, taal));
          expect(mail!.html).toBe(html.replaceAll("\0", ""));
          expect(mail!.tekst).toBe(tekst.replaceAll("\0", ""));
          expect(mail!.tekst).toContain(r.nummer);
        }
      }
    });
  }
});

describe("a representative's e-mail about a new message names the person concerned", () => {
  for (const taal of ["nl", "en"] as const) {
    it(`in ${taal === "nl" ? "Dutch" : "English"}: "… for K. Testpersoon (number)", and no more of them`, async () => {
      const r = await dienIn(
        "inzage",
        {
          indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: "Ouder Testpersoon" },
          betrokkene: { naam: "Kim Testpersoon", geboortedatum: "15-06-2012" },
          inzage: { afschrift: "ja" },
        },
        taal,
      );
      const staf = await maakBackoffice();
      const [v] = await testDb()
        .db.select({ versie: verzoeken.versie })
        .from(verzoeken)
        .where(eq(verzoeken.id, r.verzoekId));
      const { versie } = await pakOp(staf, r.verzoekId, v!.versie);
      await stuurBerichtAanClient(staf, r.verzoekId, versie, {
        tekst: "Wij hebben uw verzoek in behandeling genomen.",
      });

      const [mail] = await testDb()
        .db.select()
        .from(uitgaandeMail)
        .where(and(eq(uitgaandeMail.verzoekId, r.verzoekId), eq(uitgaandeMail.sjabloon, "nieuw_bericht")));
      expect(mail!.onderwerp).toBe(
        taal === "nl"
          ? `Nieuw bericht over uw verzoek voor K. Testpersoon (${r.nummer})`
          : `New message about your request for K. Testpersoon (${r.nummer})`,
      );
      expect(mail!.tekst).toContain(
        taal === "nl"
          ? `Er is een nieuw bericht voor u over uw verzoek voor K. Testpersoon (${r.nummer}).`
          : `There is a new message for you about your request for K. Testpersoon (${r.nummer}).`,
      );
      // The short form only: no first name, no date of birth, not the message itself.
      for (const veld of [mail!.onderwerp, mail!.html, mail!.tekst]) {
        expect(veld).not.toContain("Kim");
        expect(veld).not.toContain("2012");
        expect(veld).not.toContain("in behandeling genomen");
      }
    });
  }
});
