/**
 * The storage module on both backends (docs/decisions/025): the same tests run against the local
 * disk and against a real S3-protocol server (s3rver, started here on a free port). What an
 * operator relies on: a file comes back byte for byte, also in parts; a failed upload leaves
 * nothing behind; a missing file is "not there", not a crash; a package is stored encrypted.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server";
import { gebruikOpslag, lokaleOpslag, opslagVolgens, type Opslag } from "~/services/opslag.server";
import { ontsleutel, versleutel } from "~/services/pakket-zip.server";
import { startS3, type TestS3 } from "../support/s3";

let s3: TestS3;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(async () => {
  gebruikOpslag(undefined);
  await s3?.stop();
});

async function lees(stroom: Readable): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const d of stroom) delen.push(d as Buffer);
  return Buffer.concat(delen);
}

/** `n` MiB of pseudo-random bytes, made as they are read (never all in memory). */
function stroomVan(mib: number, zaad: number): { stroom: Readable; sha256: () => string } {
  const hash = createHash("sha256");
  let i = 0;
  const stroom = new Readable({
    read() {
      if (i === mib) return void this.push(null);
      const blok = createHash("sha512").update(`${zaad}:${i++}`).digest();
      const mb = Buffer.alloc(1 << 20);
      for (let o = 0; o < mb.length; o += blok.length) blok.copy(mb, o);
      hash.update(mb);
      this.push(mb);
    },
  });
  return { stroom, sha256: () => hash.digest("hex") };
}

const backends: Array<[string, () => Opslag]> = [
  ["lokale schijf", () => lokaleOpslag(mkdtempSync(path.join(tmpdir(), "rl-opslag-")))],
  ["S3 (s3rver)", () => opslagVolgens(parseEnv({ ...s3.omgeving, DATA_DIR: tmpdir() }))],
];

describe.each(backends)("opslag: %s", (_naam, maak) => {
  let o: Opslag;
  beforeAll(() => {
    o = maak();
  });

  it("is bereikbaar en geeft een bestand byte voor byte terug, ook in delen", async () => {
    await o.controleer();
    const inhoud = randomBytes(100_000);
    expect(await o.put("logo/test.png", Readable.from([inhoud]))).toEqual({ grootte: 100_000 });
    expect(await o.grootte("logo/test.png")).toBe(100_000);
    expect((await lees(o.getStream("logo/test.png"))).equals(inhoud)).toBe(true);
    expect((await lees(o.getStream("logo/test.png", { start: 10, end: 19 }))).equals(inhoud.subarray(10, 20))).toBe(
      true,
    );
    expect((await lees(o.getStream("logo/test.png", { start: 99_990 }))).equals(inhoud.subarray(99_990))).toBe(true);
    // Writing the same key again replaces the file.
    await o.put("logo/test.png", Readable.from([Buffer.from("nieuw")]));
    expect((await lees(o.getStream("logo/test.png"))).toString()).toBe("nieuw");
  });

  it("streamt een bestand van 40 MiB heen en terug (meerdere delen bij S3)", async () => {
    const { stroom, sha256 } = stroomVan(40, 1);
    expect(await o.put("pakketten/groot.zip.enc", stroom)).toEqual({ grootte: 40 << 20 });
    const terug = createHash("sha256");
    for await (const d of o.getStream("pakketten/groot.zip.enc")) terug.update(d as Buffer);
    expect(terug.digest("hex")).toBe(sha256());
    await o.delete("pakketten/groot.zip.enc");
  });

  it("een ontbrekend bestand: grootte null, lezen geeft een fout, verwijderen mag gewoon", async () => {
    expect(await o.grootte("pakketten/bestaat-niet.zip.enc")).toBeNull();
    await expect(lees(o.getStream("pakketten/bestaat-niet.zip.enc"))).rejects.toThrow();
    await o.delete("pakketten/bestaat-niet.zip.enc");
    await o.put("pakketten/weg.zip.enc", Readable.from([Buffer.from("x")]));
    await o.delete("pakketten/weg.zip.enc");
    expect(await o.grootte("pakketten/weg.zip.enc")).toBeNull();
  });

  it("een upload die halverwege mislukt laat geen (half) bestand achter", async () => {
    let n = 0;
    const kapot = new Readable({
      read() {
        if (n++ < 12) this.push(randomBytes(1 << 20));
        else this.destroy(new Error("bron afgebroken"));
      },
    });
    await expect(o.put("pakketten/half.zip.enc", kapot)).rejects.toThrow(/bron afgebroken/);
    expect(await o.grootte("pakketten/half.zip.enc")).toBeNull();
  });

  it("weigert sleutels buiten de opslag", async () => {
    for (const sleutel of ["../etc/passwd", "/abs", "a/../../b", "a//b", ""]) {
      await expect(o.grootte(sleutel)).rejects.toThrow("Ongeldige opslagsleutel.");
    }
  });

  it("bewaart een pakket versleuteld en geeft met de sleutel de ZIP terug", async () => {
    gebruikOpslag(o);
    const plain = Buffer.concat([Buffer.from("PK\u0003\u0004 Cliënt Fictief, dossier "), randomBytes(3 << 20)]);
    const sleutel = randomBytes(32);
    const { stroom, klaar } = versleutel(Readable.from([plain]), sleutel);
    await o.put("pakketten/versleuteld.zip.enc", stroom);
    expect((await klaar).grootte).toBe(plain.length);
    const opgeslagen = await lees(o.getStream("pakketten/versleuteld.zip.enc"));
    expect(opgeslagen.subarray(0, 8).toString("latin1")).toBe("RLPAKv1\0");
    expect(opgeslagen.includes(Buffer.from("Cliënt Fictief"))).toBe(false);
    expect((await lees(await ontsleutel("pakketten/versleuteld.zip.enc", sleutel))).equals(plain)).toBe(true);
    // A wrong key: the stream fails at its end (GCM tag), it does not hand out garbage silently.
    await expect(lees(await ontsleutel("pakketten/versleuteld.zip.enc", randomBytes(32)))).rejects.toThrow();
    gebruikOpslag(undefined);
  });
});

describe("opslag: S3 zoals de eigenaar van de bucket het ziet", () => {
  it("de bucket bevat alleen versleutelde bytes en S3_PREFIX zet alles in één map", async () => {
    const o = opslagVolgens(parseEnv({ ...s3.omgeving, S3_PREFIX: "praktijk-a/", DATA_DIR: tmpdir() }));
    const plain = Buffer.from("Dossier van Cliënt Fictief: gesprek op 3 maart.");
    const { stroom } = versleutel(Readable.from([plain]), randomBytes(32));
    await o.put("pakketten/eigenaar.zip.enc", stroom);
    const bestanden = (function alle(map: string): string[] {
      return readdirSync(map).flatMap((n) =>
        statSync(path.join(map, n)).isDirectory() ? alle(path.join(map, n)) : [path.join(map, n)],
      );
    })(s3.map);
    const object = bestanden.filter((b) =>
      b.includes(`${path.sep}praktijk-a${path.sep}pakketten${path.sep}eigenaar.zip.enc`),
    );
    expect(object.length).toBeGreaterThan(0);
    for (const b of bestanden) expect(readFileSync(b).includes(Buffer.from("Cliënt Fictief"))).toBe(false);
  });

  it("een bucket die niet bestaat stopt de start met een duidelijke melding", async () => {
    const o = opslagVolgens(parseEnv({ ...s3.omgeving, S3_BUCKET: "bestaat-niet", DATA_DIR: tmpdir() }));
    await expect(o.controleer()).rejects.toThrow(
      /S3-bucket bestaat-niet op http:\/\/127\.0\.0\.1:\d+\) is niet bereikbaar: de bucket bestaat niet/,
    );
  });
});
