import { createCookie } from "@remix-run/node";
import { aangebodenTalen } from "../services/organisatie.server";
import { isTaal, type Taal } from "./taal";

/** Only the language choice; no personal data. */
export const taalCookie = createCookie("taal", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function taalVanRequest(request: Request): Promise<Taal> {
  const value: unknown = await taalCookie.parse(request.headers.get("Cookie"));
  if (value === "nl" || !isTaal(value)) return "nl";
  // A language the organisation does not offer (organisatie.talen) falls back to Dutch.
  return (await aangebodenTalen()).includes(value) ? value : "nl";
}
