CREATE SEQUENCE "public"."verzoek_nummer_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text DEFAULT '' NOT NULL,
	"taal" text DEFAULT 'nl' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"op" timestamp with time zone NOT NULL,
	"actor_soort" text NOT NULL,
	"actor_id" text,
	"rol" text,
	"namens" text,
	"actie" text NOT NULL,
	"client_id" uuid,
	"verzoek_id" uuid,
	"onderdeel" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"vorige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clienten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clientnummer" text NOT NULL,
	"voornamen" text NOT NULL,
	"tussenvoegsel" text DEFAULT '' NOT NULL,
	"achternaam" text NOT NULL,
	"geboortedatum" date NOT NULL,
	"email" text,
	"telefoon" text,
	"straat" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"plaats" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'actief' NOT NULL,
	"in_zorg_vanaf" date,
	"uit_zorg_op" date,
	"lopende_klacht_of_calamiteit" boolean DEFAULT false NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"categorie" text NOT NULL,
	"titel" text NOT NULL,
	"inhoud" jsonb NOT NULL,
	"herkomst" text DEFAULT 'client' NOT NULL,
	"betreft_derde" boolean DEFAULT false NOT NULL,
	"auteur" text DEFAULT '' NOT NULL,
	"document_sleutel" text,
	"bestandsnaam" text,
	"mime_type" text,
	"grootte" bigint,
	"afgeschermd" boolean DEFAULT false NOT NULL,
	"afscherm_reden" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"doel" text NOT NULL,
	"code_hash" text NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"verbruikt_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klokpauzes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"reden" text NOT NULL,
	"aangemaakt_door" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medewerkers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"rollen" text[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gedeactiveerd_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisatie" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"naam" text NOT NULL,
	"straat" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"plaats" text DEFAULT '' NOT NULL,
	"kvk" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"telefoon" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"fg_naam" text DEFAULT '' NOT NULL,
	"fg_email" text DEFAULT '' NOT NULL,
	"fg_telefoon" text DEFAULT '' NOT NULL,
	"klachtenroute" text DEFAULT '' NOT NULL,
	"geschilleninstantie" text DEFAULT '' NOT NULL,
	"reglement" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"extra_sluitingsdagen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"talen" jsonb DEFAULT '["nl","en"]'::jsonb NOT NULL,
	"download_geldig_dagen" integer DEFAULT 14 NOT NULL,
	"max_downloads" integer DEFAULT 5 NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "passkeys" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid,
	"medewerker_id" uuid,
	"public_key" "bytea" NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}' NOT NULL,
	"device_type" text DEFAULT 'singleDevice' NOT NULL,
	"backed_up" boolean DEFAULT false NOT NULL,
	"naam" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "relaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"naam" text NOT NULL,
	"email" text,
	"telefoon" text,
	"geldig_vanaf" date,
	"geldig_tot" date,
	"bewijs" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid,
	"medewerker_id" uuid,
	"verloopt_op" timestamp with time zone NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"ingetrokken_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "toestemmingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"omschrijving" text NOT NULL,
	"ontvanger" text,
	"gegeven_op" date NOT NULL,
	"ingetrokken_op" date,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uitgaande_mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"aan" text NOT NULL,
	"onderwerp" text NOT NULL,
	"html" text NOT NULL,
	"tekst" text NOT NULL,
	"sjabloon" text NOT NULL,
	"taal" text DEFAULT 'nl' NOT NULL,
	"verzoek_id" uuid,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"volgende_poging" timestamp with time zone DEFAULT now() NOT NULL,
	"laatste_fout" text,
	"dedup_sleutel" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verzonden_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verstrekkingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"ontvanger" text NOT NULL,
	"ontvanger_email" text,
	"datum" date NOT NULL,
	"rechtsgrond" text NOT NULL,
	"toestemming_id" uuid,
	"categorieen" text[] DEFAULT '{}' NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verwerkingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sleutel" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"naam" text NOT NULL,
	"doel" text NOT NULL,
	"rechtsgrond" text NOT NULL,
	"categorieen" text[] NOT NULL,
	"ontvangers" text[] DEFAULT '{}' NOT NULL,
	"bewaartermijn" text NOT NULL,
	"bron" text NOT NULL,
	"bezwaar_mogelijk" boolean DEFAULT false NOT NULL,
	"geldig_vanaf" date NOT NULL,
	"geldig_tot" date
);
--> statement-breakpoint
CREATE TABLE "verzoek_gebeurtenissen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"gegevens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"zichtbaar_voor_client" boolean DEFAULT true NOT NULL,
	"actor_soort" text NOT NULL,
	"actor_id" text,
	"op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nummer" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'ontvangen' NOT NULL,
	"kanaal" text DEFAULT 'portaal' NOT NULL,
	"ingediend_door_account_id" uuid,
	"indiener" jsonb NOT NULL,
	"betrokkene" jsonb NOT NULL,
	"client_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"taal" text DEFAULT 'nl' NOT NULL,
	"ontvangen_op" date NOT NULL,
	"ontvangen_tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"identiteit" text DEFAULT 'onbevestigd' NOT NULL,
	"doel_termijn" date NOT NULL,
	"wettelijke_termijn" date NOT NULL,
	"uitvoering_termijn" date,
	"gepauzeerde_dagen" integer DEFAULT 0 NOT NULL,
	"verlengd" boolean DEFAULT false NOT NULL,
	"verlenging_reden" text,
	"besluit_op" date,
	"afgerond_op" timestamp with time zone,
	"behandelaar_id" uuid,
	"versie" integer DEFAULT 1 NOT NULL,
	"idempotentie_sleutel" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klokpauzes" ADD CONSTRAINT "klokpauzes_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klokpauzes" ADD CONSTRAINT "klokpauzes_aangemaakt_door_medewerkers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relaties" ADD CONSTRAINT "relaties_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toestemmingen" ADD CONSTRAINT "toestemmingen_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitgaande_mail" ADD CONSTRAINT "uitgaande_mail_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verstrekkingen" ADD CONSTRAINT "verstrekkingen_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verstrekkingen" ADD CONSTRAINT "verstrekkingen_toestemming_id_toestemmingen_id_fk" FOREIGN KEY ("toestemming_id") REFERENCES "public"."toestemmingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoek_gebeurtenissen" ADD CONSTRAINT "verzoek_gebeurtenissen_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_ingediend_door_account_id_accounts_id_fk" FOREIGN KEY ("ingediend_door_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoeken" ADD CONSTRAINT "verzoeken_behandelaar_id_medewerkers_id_fk" FOREIGN KEY ("behandelaar_id") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_uq" ON "accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_log_client_idx" ON "audit_log" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_verzoek_idx" ON "audit_log" USING btree ("verzoek_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "clienten_clientnummer_uq" ON "clienten" USING btree ("clientnummer");--> statement-breakpoint
CREATE INDEX "clienten_match_idx" ON "clienten" USING btree (lower("achternaam"),"geboortedatum");--> statement-breakpoint
CREATE INDEX "clienten_email_idx" ON "clienten" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "dossier_items_client_idx" ON "dossier_items" USING btree ("client_id","categorie");--> statement-breakpoint
CREATE INDEX "email_codes_email_idx" ON "email_codes" USING btree (lower("email"),"doel","aangemaakt_op");--> statement-breakpoint
CREATE INDEX "klokpauzes_verzoek_idx" ON "klokpauzes" USING btree ("verzoek_id");--> statement-breakpoint
CREATE UNIQUE INDEX "medewerkers_email_uq" ON "medewerkers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "passkeys_account_idx" ON "passkeys" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "passkeys_medewerker_idx" ON "passkeys" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "relaties_client_idx" ON "relaties" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "sessies_account_idx" ON "sessies" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessies_medewerker_idx" ON "sessies" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "toestemmingen_client_idx" ON "toestemmingen" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uitgaande_mail_dedup_uq" ON "uitgaande_mail" USING btree ("dedup_sleutel");--> statement-breakpoint
CREATE INDEX "uitgaande_mail_wachtend_idx" ON "uitgaande_mail" USING btree ("volgende_poging") WHERE "uitgaande_mail"."status" = 'wachtend';--> statement-breakpoint
CREATE INDEX "verstrekkingen_client_idx" ON "verstrekkingen" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verwerkingen_sleutel_versie_uq" ON "verwerkingen" USING btree ("sleutel","versie");--> statement-breakpoint
CREATE INDEX "verzoek_gebeurtenissen_verzoek_idx" ON "verzoek_gebeurtenissen" USING btree ("verzoek_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "verzoeken_nummer_uq" ON "verzoeken" USING btree ("nummer");--> statement-breakpoint
CREATE UNIQUE INDEX "verzoeken_idempotentie_uq" ON "verzoeken" USING btree ("idempotentie_sleutel");--> statement-breakpoint
CREATE INDEX "verzoeken_wachtrij_idx" ON "verzoeken" USING btree ("wettelijke_termijn","id") WHERE "verzoeken"."status" not in ('afgerond', 'ingetrokken');--> statement-breakpoint
CREATE INDEX "verzoeken_status_idx" ON "verzoeken" USING btree ("status");--> statement-breakpoint
CREATE INDEX "verzoeken_client_idx" ON "verzoeken" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "verzoeken_account_idx" ON "verzoeken" USING btree ("ingediend_door_account_id");