-- Queue search on part of a name (app/services/wachtrij.server.ts): a trigram index makes
-- lower(betrokkene->>'naam') LIKE '%…%' fast on a PostgreSQL server. pg_trgm is optional: where it
-- is not available (embedded PGlite, or no right to create it) the search still works, by scanning
-- the open requests. Hand-written because drizzle-kit cannot express "only if the extension exists".
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm kon niet worden aangemaakt (%): zoeken op naam werkt zonder index.', SQLERRM;
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "verzoeken_wachtrij_naam_trgm_idx" ON "verzoeken"
      USING gin (lower("betrokkene" ->> 'naam') gin_trgm_ops)
      WHERE "status" NOT IN ('afgerond', 'ingetrokken');
  END IF;
END $$;
