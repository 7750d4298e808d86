// The part of clamscan (npm, CommonJS, no types of its own) that app/services/bestandscontrole.server.ts uses.
declare module "clamscan" {
  import type { Transform } from "node:stream";
  type ScanResultaat = { isInfected: boolean | null; viruses: string[]; resultString?: string; timeout?: boolean };
  class NodeClam {
    init(opties: {
      removeInfected?: boolean;
      debugMode?: boolean;
      scanLog?: string | null;
      clamscan?: { active?: boolean };
      clamdscan?: {
        socket?: string | false;
        host?: string | false;
        port?: number | false;
        timeout?: number;
        localFallback?: boolean;
        active?: boolean;
        bypassTest?: boolean;
      };
      preference?: "clamdscan" | "clamscan";
    }): Promise<NodeClam>;
    /** A stream that passes every chunk on and sends it to clamd (INSTREAM); emits "scan-complete". */
    passthrough(): Transform;
    getVersion(): Promise<string>;
  }
  export type { ScanResultaat };
  export default NodeClam;
}
