-- docs/decisions/019: rows written from now on carry an HMAC-SHA256 under the audit key (hash_versie 2);
-- the rows already there keep their plain SHA-256 (hash_versie 1) and still verify. A fast default:
-- no row is rewritten, so the append-only triggers do not fire.
ALTER TABLE "audit_log" ADD COLUMN "hash_versie" smallint DEFAULT 1 NOT NULL;
