CREATE TABLE "ontvanger_meldingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"verstrekking_id" uuid,
	"ontvanger" text NOT NULL,
	"soort" text NOT NULL,
	"mail_id" uuid,
	"op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ontvanger_toegang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pakket_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"email" text NOT NULL,
	"agb_code" text,
	"token_hash" text NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pakket_downloads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pakket_id" uuid NOT NULL,
	"door" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pakketten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"opslag_sleutel" text NOT NULL,
	"sleutel" "bytea",
	"grootte" bigint,
	"sha256" text,
	"status" text DEFAULT 'klaar' NOT NULL,
	"max_downloads" integer DEFAULT 5 NOT NULL,
	"aantal_downloads" integer DEFAULT 0 NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"sleutel_vernietigd_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verwerking_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"verwerking_sleutel" text NOT NULL,
	"vanaf" date NOT NULL,
	"verzoek_id" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_items" ADD COLUMN "extern_id" text;--> statement-breakpoint
ALTER TABLE "organisatie" ADD COLUMN "bewaarbeleid" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisatie" ADD COLUMN "logo" text;--> statement-breakpoint
ALTER TABLE "relaties" ADD COLUMN "extern_id" text;--> statement-breakpoint
ALTER TABLE "toestemmingen" ADD COLUMN "extern_id" text;--> statement-breakpoint
ALTER TABLE "verstrekkingen" ADD COLUMN "extern_id" text;--> statement-breakpoint
ALTER TABLE "ontvanger_meldingen" ADD CONSTRAINT "ontvanger_meldingen_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ontvanger_meldingen" ADD CONSTRAINT "ontvanger_meldingen_verstrekking_id_verstrekkingen_id_fk" FOREIGN KEY ("verstrekking_id") REFERENCES "public"."verstrekkingen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ontvanger_toegang" ADD CONSTRAINT "ontvanger_toegang_pakket_id_pakketten_id_fk" FOREIGN KEY ("pakket_id") REFERENCES "public"."pakketten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pakket_downloads" ADD CONSTRAINT "pakket_downloads_pakket_id_pakketten_id_fk" FOREIGN KEY ("pakket_id") REFERENCES "public"."pakketten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pakketten" ADD CONSTRAINT "pakketten_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwerking_stops" ADD CONSTRAINT "verwerking_stops_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwerking_stops" ADD CONSTRAINT "verwerking_stops_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ontvanger_meldingen_uq" ON "ontvanger_meldingen" USING btree ("verzoek_id","ontvanger","soort");--> statement-breakpoint
CREATE UNIQUE INDEX "ontvanger_toegang_token_uq" ON "ontvanger_toegang" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "pakket_downloads_pakket_idx" ON "pakket_downloads" USING btree ("pakket_id");--> statement-breakpoint
CREATE INDEX "pakketten_verzoek_idx" ON "pakketten" USING btree ("verzoek_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verwerking_stops_uq" ON "verwerking_stops" USING btree ("client_id","verwerking_sleutel");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_items_extern_uq" ON "dossier_items" USING btree ("client_id","extern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "relaties_extern_uq" ON "relaties" USING btree ("client_id","extern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "toestemmingen_extern_uq" ON "toestemmingen" USING btree ("client_id","extern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verstrekkingen_extern_uq" ON "verstrekkingen" USING btree ("client_id","extern_id");