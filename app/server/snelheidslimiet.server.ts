/**
 * The per-IP limit on public POSTs (docs/decisions/003, 017): one counter per client address for
 * all web processes, in PostgreSQL (table `ip_tellers`), through rate-limiter-flexible's
 * RateLimiterDrizzle. The address is the one express derives with TRUST_PROXY, so a client cannot
 * pick its own by sending X-Forwarded-For. The key is a hash of the address (IPv6 by its /56), and
 * rows are deleted a few minutes after they expire.
 */
import { createHash } from "node:crypto";
import { lt } from "drizzle-orm";
import type { NextFunction, Request, Response } from "express";
import ipaddr from "ipaddr.js";
import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { DbOrTx } from "../../db/db.server";
import { ipTellers } from "../../db/schema";
import { BERICHTEN } from "../i18n/berichten";
import { taalCookie } from "../i18n/taal.server";
import type { Taal } from "../i18n/taal";
import { aangebodenTalen } from "../services/organisatie.server";

export const VENSTER_SECONDEN = 60;
/** How often expired counters are deleted (each process does it; deleting twice is harmless). */
const OPRUIMEN_ELKE_MS = 5 * 60_000;

/**
 * The counter of one client: an IPv4 address as is, an IPv6 address by its /56 (one customer gets
 * at least that many addresses, so counting each address alone would let one client rotate).
 * Hashed: the table holds no address.
 */
export function ipSleutel(ip: string | undefined): string {
  let groep = "onbekend";
  if (ip && ipaddr.isValid(ip)) {
    const adres = ipaddr.process(ip); // ::ffff:1.2.3.4 becomes 1.2.3.4
    if (adres.kind() === "ipv4") {
      groep = adres.toString();
    } else {
      const delen = (adres as ipaddr.IPv6).parts.slice(0, 4);
      delen[3] = delen[3]! & 0xff00;
      groep = `${delen.map((d) => d.toString(16)).join(":")}::/56`;
    }
  }
  return createHash("sha256").update(`ip:${groep}`).digest("base64url");
}

/** Delete the counters whose window is over. */
export async function ruimVerlopenTellersOp(db: DbOrTx, nu = new Date()): Promise<number> {
  const weg = await db.delete(ipTellers).where(lt(ipTellers.expire, nu)).returning({ key: ipTellers.key });
  return weg.length;
}

async function taalVan(req: Request): Promise<Taal> {
  try {
    const gekozen: unknown = await taalCookie.parse(req.headers.cookie ?? null);
    return gekozen === "en" && (await aangebodenTalen()).includes("en") ? "en" : "nl";
  } catch {
    return "nl";
  }
}

function zetKoppen(res: Response, limiet: number, uitslag: RateLimiterRes): number {
  const reset = Math.max(1, Math.ceil(uitslag.msBeforeNext / 1000));
  res.setHeader("RateLimit-Policy", `${limiet};w=${VENSTER_SECONDEN}`);
  res.setHeader("RateLimit", `limit=${limiet}, remaining=${uitslag.remainingPoints}, reset=${reset}`);
  return reset;
}

/**
 * Express middleware: at most `perMinuut` POSTs a minute per client address, counted in the
 * database. If the database does not answer, a counter in this process takes over.
 */
export function perIpLimiet(opties: { db: DbOrTx; perMinuut: number }) {
  const { db, perMinuut } = opties;
  const limiter = new RateLimiterDrizzle({
    storeClient: db,
    schema: ipTellers,
    keyPrefix: "post",
    points: perMinuut,
    duration: VENSTER_SECONDEN,
    // Our own clean-up (below) deletes expired rows within minutes instead of after an hour.
    clearExpiredByTimeout: false,
    // A client over the limit is refused from memory until its window ends: a flood costs no writes.
    inMemoryBlockOnConsumed: perMinuut + 1,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: "post", points: perMinuut, duration: VENSTER_SECONDEN }),
  });
  const opruimen = setInterval(() => void ruimVerlopenTellersOp(db).catch(() => {}), OPRUIMEN_ELKE_MS);
  opruimen.unref();

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "POST") return next();
    limiter.consume(ipSleutel(req.ip)).then(
      (uitslag) => {
        zetKoppen(res, perMinuut, uitslag);
        next();
      },
      async (weigering: unknown) => {
        // Anything but a refusal (both stores failing) lets the request through: the limits that
        // matter most (codes per address, tries per code) are in the database as well.
        if (!(weigering instanceof RateLimiterRes)) return next();
        const wacht = zetKoppen(res, perMinuut, weigering);
        const taal = await taalVan(req);
        res
          .status(429)
          .setHeader("Retry-After", String(wacht))
          .setHeader("Content-Language", taal)
          .type("text/plain; charset=utf-8")
          .send(BERICHTEN[taal].snelheidslimiet.teVaak);
      },
    );
  };
  return { middleware, stop: () => clearInterval(opruimen) };
}
