ALTER TABLE "verzoeken" ALTER COLUMN "identiteit" SET DEFAULT 'geen';--> statement-breakpoint
ALTER TABLE "identiteitscontroles" ADD COLUMN "bewijs_soort" text;--> statement-breakpoint
ALTER TABLE "passkeys" ADD COLUMN "bekend_bij_clienten" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- Decision 018: identity levels. A code to the filer's own address proves only that address.
UPDATE "verzoeken" SET "identiteit" = 'eigen_adres' WHERE "identiteit" = 'email_bevestigd';--> statement-breakpoint
UPDATE "verzoeken" SET "identiteit" = 'geen' WHERE "identiteit" = 'onbevestigd';
