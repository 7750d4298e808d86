import { database } from "../../db/db.server";

/** Health check for load balancers and the e2e runner: 200 when the database answers. */
export async function loader() {
  try {
    await database().query("select 1");
    return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database onbereikbaar", { status: 503, headers: { "Content-Type": "text/plain" } });
  }
}
