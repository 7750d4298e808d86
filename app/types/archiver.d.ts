// Minimal typings for archiver 8 (ESM, named exports; no @types package for v8). Only what
// app/services/pakket.server.ts uses.
declare module "archiver" {
  import type { Readable, Transform } from "node:stream";
  export type EntryData = { name: string; date?: Date; store?: boolean };
  export class ZipArchive extends Transform {
    constructor(options?: { zlib?: { level?: number }; forceZip64?: boolean; store?: boolean });
    append(source: Readable | Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    pointer(): number;
  }
}
