-- NEN 7513 / NEN 7510 12.4: the audit log is append-only. UPDATE, DELETE and TRUNCATE are refused.
CREATE OR REPLACE FUNCTION audit_log_weiger_wijziging() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is alleen-toevoegen: % is niet toegestaan', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_geen_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER audit_log_geen_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_weiger_wijziging();
