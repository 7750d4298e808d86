ALTER TABLE "clienten" ADD COLUMN "rechtsvordering" text;--> statement-breakpoint
ALTER TABLE "organisatie" ADD COLUMN "portaalbewaring" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "verzoeken" ADD COLUMN "opgeschoond_op" timestamp with time zone;--> statement-breakpoint
-- NEN 7513 / NEN 7510 12.4 (docs/decisions/031): the audit log stays append-only, with one exception:
-- the retention job may delete rows older than five years, and only inside a transaction that set
-- rechtenloket.toegangslog_opschonen (app/services/vernietiging.server.ts). It deletes from the start
-- of the chain and records the cut as an audit row, so `npm run audit:verify` still checks the rest.
CREATE OR REPLACE FUNCTION audit_log_weiger_wijziging() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('rechtenloket.toegangslog_opschonen', true) = 'aan' AND OLD.op < now() - interval '5 years' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is alleen-toevoegen: % is niet toegestaan', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
