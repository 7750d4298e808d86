ALTER TABLE "ontvanger_meldingen" ADD COLUMN "categorieen" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "passkeys" ADD COLUMN "ingetrokken_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verstrekkingen" ADD COLUMN "client_geinformeerd_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verstrekkingen" ADD COLUMN "client_melding_uitgesteld" text;