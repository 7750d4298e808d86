CREATE TABLE "berichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"van" text NOT NULL,
	"auteur_account_id" uuid,
	"auteur_medewerker_id" uuid,
	"tekst" text NOT NULL,
	"intern" boolean DEFAULT false NOT NULL,
	"pauzeert_klok" boolean DEFAULT false NOT NULL,
	"gelezen_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webauthn_uitdagingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uitdaging" text NOT NULL,
	"doel" text NOT NULL,
	"account_id" uuid,
	"medewerker_id" uuid,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"gebruikt_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "berichten" ADD CONSTRAINT "berichten_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berichten" ADD CONSTRAINT "berichten_auteur_account_id_accounts_id_fk" FOREIGN KEY ("auteur_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berichten" ADD CONSTRAINT "berichten_auteur_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("auteur_medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webauthn_uitdagingen" ADD CONSTRAINT "webauthn_uitdagingen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webauthn_uitdagingen" ADD CONSTRAINT "webauthn_uitdagingen_medewerker_id_medewerkers_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerkers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "berichten_verzoek_idx" ON "berichten" USING btree ("verzoek_id","aangemaakt_op");