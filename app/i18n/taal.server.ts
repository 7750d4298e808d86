import { createCookie } from "@remix-run/node";
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
  return isTaal(value) ? value : "nl";
}
