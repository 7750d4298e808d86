ALTER TABLE "dossier_items" ADD COLUMN "afgeschermd_voor_verzoek" uuid;--> statement-breakpoint
ALTER TABLE "organisatie" ADD COLUMN "klachtenroute_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisatie" ADD COLUMN "geschilleninstantie_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_afgeschermd_voor_verzoek_verzoeken_id_fk" FOREIGN KEY ("afgeschermd_voor_verzoek") REFERENCES "public"."verzoeken"("id") ON DELETE set null ON UPDATE no action;