CREATE TABLE "besluiten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"gronden" text[] DEFAULT '{}' NOT NULL,
	"motivering" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"opsteller_id" uuid NOT NULL,
	"document" jsonb,
	"document_hash" text,
	"ondertekend_door" uuid,
	"ondertekend_op" timestamp with time zone,
	"handtekening" jsonb,
	"terugstuur_opmerking" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identiteitscontroles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"betreft" text DEFAULT 'indiener' NOT NULL,
	"wijze" text,
	"document_type" text,
	"laatste_vier" text,
	"toelichting" text DEFAULT '' NOT NULL,
	"gecontroleerd_door" uuid,
	"op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medewerker_uitnodigingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"gebruikt_op" timestamp with time zone,
	"aangemaakt_door" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_opsteller_id_medewerkers_id_fk" FOREIGN KEY ("opsteller_id") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_ondertekend_door_medewerkers_id_fk" FOREIGN KEY ("ondertekend_door") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identiteitscontroles" ADD CONSTRAINT "identiteitscontroles_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identiteitscontroles" ADD CONSTRAINT "identiteitscontroles_gecontroleerd_door_medewerkers_id_fk" FOREIGN KEY ("gecontroleerd_door") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medewerker_uitnodigingen" ADD CONSTRAINT "medewerker_uitnodigingen_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medewerker_uitnodigingen" ADD CONSTRAINT "medewerker_uitnodigingen_aangemaakt_door_medewerkers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "besluiten_verzoek_idx" ON "besluiten" USING btree ("verzoek_id");--> statement-breakpoint
CREATE INDEX "besluiten_status_idx" ON "besluiten" USING btree ("status");--> statement-breakpoint
CREATE INDEX "identiteitscontroles_verzoek_idx" ON "identiteitscontroles" USING btree ("verzoek_id");--> statement-breakpoint
CREATE UNIQUE INDEX "medewerker_uitnodigingen_token_uq" ON "medewerker_uitnodigingen" USING btree ("token_hash");