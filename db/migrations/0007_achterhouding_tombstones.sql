CREATE TABLE "gewiste_externe_ids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"tabel" text NOT NULL,
	"extern_id" text NOT NULL,
	"verzoek_id" uuid,
	"gewist_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inzage_achterhoudingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"dossier_item_id" uuid NOT NULL,
	"veld" text,
	"grond" text NOT NULL,
	"toelichting" text NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gewiste_externe_ids" ADD CONSTRAINT "gewiste_externe_ids_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gewiste_externe_ids" ADD CONSTRAINT "gewiste_externe_ids_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inzage_achterhoudingen" ADD CONSTRAINT "inzage_achterhoudingen_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inzage_achterhoudingen" ADD CONSTRAINT "inzage_achterhoudingen_dossier_item_id_dossier_items_id_fk" FOREIGN KEY ("dossier_item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inzage_achterhoudingen" ADD CONSTRAINT "inzage_achterhoudingen_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gewiste_externe_ids_uq" ON "gewiste_externe_ids" USING btree ("client_id","tabel","extern_id");--> statement-breakpoint
CREATE INDEX "inzage_achterhoudingen_verzoek_idx" ON "inzage_achterhoudingen" USING btree ("verzoek_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inzage_achterhoudingen_uq" ON "inzage_achterhoudingen" USING btree ("verzoek_id","dossier_item_id",coalesce("veld", ''));