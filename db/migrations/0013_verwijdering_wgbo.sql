CREATE TABLE "bewaar_uitzonderingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"categorie" text NOT NULL,
	"grond" text NOT NULL,
	"motivering" text NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clienten" ADD COLUMN "gewist_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verzoeken" ADD COLUMN "verwijder_selectie" uuid[];--> statement-breakpoint
ALTER TABLE "bewaar_uitzonderingen" ADD CONSTRAINT "bewaar_uitzonderingen_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bewaar_uitzonderingen" ADD CONSTRAINT "bewaar_uitzonderingen_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bewaar_uitzonderingen_uq" ON "bewaar_uitzonderingen" USING btree ("verzoek_id","categorie");--> statement-breakpoint
-- Docs/decisions/022: the ground "afspraak_met_client" has no basis in art. 7:455 lid 2 BW or
-- art. 17 lid 3 AVG. Signed and sent letters keep it (their signed document is the letter and is
-- never rebuilt). An unsigned draft that cites it can no longer be signed: send it back to the
-- drafter with a note, and the request back to "in_behandeling", exactly as "terugsturen" does.
UPDATE "verzoeken" SET "status" = 'in_behandeling', "versie" = "versie" + 1, "bijgewerkt_op" = now()
WHERE "status" = 'wacht_op_directie' AND "id" IN (
	SELECT "verzoek_id" FROM "besluiten" WHERE "status" = 'ter_ondertekening' AND 'afspraak_met_client' = ANY("gronden")
);--> statement-breakpoint
UPDATE "besluiten" SET "status" = 'teruggestuurd', "versie" = "versie" + 1, "bijgewerkt_op" = now(),
	"terugstuur_opmerking" = 'De grond "afspraak met de cliënt" is vervallen: die heeft geen basis in de wet (art. 7:455 lid 2 BW, art. 17 lid 3 AVG). Stel een nieuw besluit op.'
WHERE "status" IN ('concept', 'ter_ondertekening') AND 'afspraak_met_client' = ANY("gronden");
