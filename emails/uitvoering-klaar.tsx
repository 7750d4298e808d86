import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/** The decision on a request has been carried out; `samenvatting` says what happened, in plain words. */
export type UitvoeringKlaarData = {
  nummer: string;
  samenvatting: string;
  /** How many earlier recipients were told (AVG art. 19). */
  ontvangersGemeld: number;
  url: string;
  /** Filed by a representative: the person concerned, short (app/domain/identiteit.ts korteNaam). */
  voor?: string;
};

/** "AVG-2026-000042", or for a representative "voor L. de Wit (AVG-2026-000042)". */
const welk = (d: UitvoeringKlaarData, voor: string) => (d.voor ? `${voor} ${d.voor} (${d.nummer})` : d.nummer);

const T = {
  nl: {
    onderwerp: (d: UitvoeringKlaarData) => `Uw verzoek ${welk(d, "voor")} is uitgevoerd`,
    intro: (d: UitvoeringKlaarData) => `Wij hebben uw verzoek ${welk(d, "voor")} uitgevoerd.`,
    wat: "Wat wij hebben gedaan:",
    ontvangers: (n: number) =>
      n === 1
        ? "Wij hebben 1 organisatie die eerder gegevens van ons kreeg op de hoogte gebracht."
        : `Wij hebben ${n} organisaties die eerder gegevens van ons kregen op de hoogte gebracht.`,
    vraag: "U kunt ons vragen wie dat zijn.",
    link: "Bekijk uw verzoek",
  },
  en: {
    onderwerp: (d: UitvoeringKlaarData) => `Your request ${welk(d, "for")} has been carried out`,
    intro: (d: UitvoeringKlaarData) => `We have carried out your request ${welk(d, "for")}.`,
    wat: "What we did:",
    ontvangers: (n: number) =>
      n === 1
        ? "We have informed 1 organisation that received data from us before."
        : `We have informed ${n} organisations that received data from us before.`,
    vraag: "You can ask us who they are.",
    link: "View your request",
  },
} as const;

export const uitvoeringKlaarMail = {
  onderwerp: (d: UitvoeringKlaarData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: UitvoeringKlaarData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        <Text style={tekstStijl}>
          <strong>{t.wat}</strong> {data.samenvatting}
        </Text>
        {data.ontvangersGemeld > 0 ? (
          <Text style={tekstStijl}>
            {t.ontvangers(data.ontvangersGemeld)} {t.vraag}
          </Text>
        ) : null}
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
      </MailLayout>
    );
  },
};
