import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { env } from "../app/env.server";
import { logoPad } from "../app/services/organisatie.server";
import type { MailTaal, MailOrganisatie } from "./types";

/** Absolute address of the logo (mail programs need the full URL), or null without a logo. */
export function logoUrlVoorMail(org: MailOrganisatie): string | null {
  const pad = logoPad({ logo: org.logo ?? null });
  return pad ? `${env().PUBLIC_URL}${pad}` : null;
}

const T = {
  nl: {
    fg: "Functionaris gegevensbescherming",
    klacht: "Niet tevreden? U kunt een klacht indienen",
    ap: "U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).",
    automatisch: "Dit bericht is automatisch verstuurd. U kunt niet op dit bericht antwoorden.",
    vragenAanbieder: "Vragen over deze overdracht? Mail ons op",
  },
  en: {
    fg: "Data protection officer",
    klacht: "Not satisfied? You can make a complaint",
    ap: "You can also complain to the Dutch Data Protection Authority (autoriteitpersoonsgegevens.nl).",
    automatisch: "This message was sent automatically. Please do not reply to it.",
    vragenAanbieder: "Questions about this transfer? E-mail us at",
  },
} as const;

/**
 * The frame of every e-mail: organisation, FG contact and complaint route (AVG art. 12 lid 4, art. 38
 * lid 4). A mail to another care provider (`voor: "aanbieder"`) is not to the person concerned: it
 * gets the practice's contact for questions about the transfer instead of the client's complaint route.
 */
export function MailLayout(props: {
  taal: MailTaal;
  organisatie: MailOrganisatie;
  preview: string;
  children: ReactNode;
  voor?: "client" | "aanbieder";
}) {
  const t = T[props.taal];
  const org = props.organisatie;
  const logoUrl = logoUrlVoorMail(org);
  return (
    <Html lang={props.taal}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f5f5f2", fontFamily: "Arial, Helvetica, sans-serif", color: "#1a1a1a" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          {logoUrl ? (
            <Img src={logoUrl} alt={org.naam} height="48" style={{ margin: "0 0 8px", maxWidth: "240px" }} />
          ) : null}
          <Text style={{ fontSize: "18px", fontWeight: 700, color: "#1d5c4d", margin: "0 0 16px" }}>{org.naam}</Text>
          <Section>{props.children}</Section>
          <Hr />
          <Text style={{ fontSize: "13px", color: "#4a4a4a" }}>
            {org.naam}, {org.straat}, {org.postcode} {org.plaats}. {org.email}
            {org.telefoon ? `, ${org.telefoon}` : ""}
          </Text>
          {props.voor === "aanbieder" ? (
            <Text style={{ fontSize: "13px", color: "#4a4a4a" }}>
              {t.vragenAanbieder} {org.email}.
            </Text>
          ) : (
            <>
              <Text style={{ fontSize: "13px", color: "#4a4a4a" }}>
                {t.fg}: {org.fgNaam} ({org.fgEmail})
              </Text>
              <Text style={{ fontSize: "13px", color: "#4a4a4a" }}>
                {t.klacht}: {org.klachtenroute} {t.ap}
              </Text>
            </>
          )}
          <Text style={{ fontSize: "12px", color: "#4a4a4a" }}>{t.automatisch}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const tekstStijl = { fontSize: "16px", lineHeight: "1.5" } as const;
