import { Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

export type CodeData = { code: string; minuten: number };

const T = {
  nl: {
    onderwerp: (d: CodeData) => `Uw code: ${d.code}`,
    intro: "U vroeg om een code om uw e-mailadres te bevestigen.",
    code: "Uw code is:",
    geldig: (d: CodeData) => `De code is ${d.minuten} minuten geldig. Geef de code aan niemand anders.`,
    nietGevraagd: "Heeft u niet om deze code gevraagd? Dan kunt u deze e-mail negeren.",
  },
  en: {
    onderwerp: (d: CodeData) => `Your code: ${d.code}`,
    intro: "You asked for a code to confirm your e-mail address.",
    code: "Your code is:",
    geldig: (d: CodeData) => `The code is valid for ${d.minuten} minutes. Do not share it with anyone.`,
    nietGevraagd: "Did you not ask for this code? Then you can ignore this e-mail.",
  },
} as const;

export const codeMail = {
  onderwerp: (d: CodeData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({ data, taal, organisatie }: { data: CodeData; taal: MailTaal; organisatie: MailOrganisatie }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro}</Text>
        <Text style={tekstStijl}>{t.code}</Text>
        <Text style={{ fontSize: "28px", fontWeight: 700, letterSpacing: "4px" }}>{data.code}</Text>
        <Text style={tekstStijl}>{t.geldig(data)}</Text>
        <Text style={tekstStijl}>{t.nietGevraagd}</Text>
      </MailLayout>
    );
  },
};
