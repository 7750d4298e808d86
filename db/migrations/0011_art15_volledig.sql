ALTER TABLE "organisatie" ADD COLUMN "kosten_extra_kopie_cent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "verwerkingen" ADD COLUMN "geautomatiseerde_besluitvorming" text;--> statement-breakpoint
ALTER TABLE "verwerkingen" ADD COLUMN "doorgifte_buiten_eer" text;