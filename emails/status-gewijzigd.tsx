import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/** The status of a request changed; `statusLabel` is the client's label in the mail's language. */
export type StatusGewijzigdData = {
  nummer: string;
  statusLabel: string;
  url: string;
  /** A short, plain explanation (e.g. the reason the client gave for withdrawing). */
  toelichting?: string;
  /** Filed by a representative: the person concerned, short (app/domain/identiteit.ts korteNaam). */
  voor?: string;
};

const T = {
  nl: {
    onderwerp: (d: StatusGewijzigdData) =>
      d.voor ? `Uw verzoek voor ${d.voor} (${d.nummer}) is gewijzigd` : `Uw verzoek ${d.nummer} is gewijzigd`,
    intro: (d: StatusGewijzigdData) =>
      d.voor
        ? `De status van uw verzoek voor ${d.voor} (${d.nummer}) is gewijzigd.`
        : `De status van uw verzoek ${d.nummer} is gewijzigd.`,
    status: "Nieuwe status:",
    toelichting: "Toelichting:",
    link: "Bekijk uw verzoek",
    meer: "Op ons loket ziet u alle stappen van uw verzoek:",
  },
  en: {
    onderwerp: (d: StatusGewijzigdData) =>
      d.voor ? `Your request for ${d.voor} (${d.nummer}) has changed` : `Your request ${d.nummer} has changed`,
    intro: (d: StatusGewijzigdData) =>
      d.voor
        ? `The status of your request for ${d.voor} (${d.nummer}) has changed.`
        : `The status of your request ${d.nummer} has changed.`,
    status: "New status:",
    toelichting: "Explanation:",
    link: "View your request",
    meer: "On our portal you can see every step of your request:",
  },
} as const;

export const statusGewijzigdMail = {
  onderwerp: (d: StatusGewijzigdData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: StatusGewijzigdData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        <Text style={tekstStijl}>
          <strong>{t.status}</strong> {data.statusLabel}
        </Text>
        {data.toelichting ? (
          <Text style={tekstStijl}>
            <strong>{t.toelichting}</strong> {data.toelichting}
          </Text>
        ) : null}
        <Text style={tekstStijl}>{t.meer}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
      </MailLayout>
    );
  },
};
