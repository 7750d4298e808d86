ALTER TABLE "dossier_items" ADD COLUMN "bestand_sleutel" "bytea";--> statement-breakpoint
ALTER TABLE "dossier_items" ADD COLUMN "sha256" text;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD COLUMN "verzoek_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE set null ON UPDATE no action;