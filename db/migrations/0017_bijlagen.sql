CREATE TABLE "bijlagen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"verzoek_id" uuid NOT NULL,
	"bericht_id" uuid,
	"doel" text NOT NULL,
	"account_id" uuid,
	"opslag_sleutel" text NOT NULL,
	"bestand_sleutel" "bytea",
	"bestandsnaam" text NOT NULL,
	"mime_type" text NOT NULL,
	"grootte" bigint NOT NULL,
	"sha256" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identiteitscontroles" ADD COLUMN "bijlage_id" uuid;--> statement-breakpoint
ALTER TABLE "bijlagen" ADD CONSTRAINT "bijlagen_verzoek_id_verzoeken_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bijlagen" ADD CONSTRAINT "bijlagen_bericht_id_berichten_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."berichten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bijlagen" ADD CONSTRAINT "bijlagen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bijlagen_verzoek_idx" ON "bijlagen" USING btree ("verzoek_id","aangemaakt_op");--> statement-breakpoint
ALTER TABLE "identiteitscontroles" ADD CONSTRAINT "identiteitscontroles_bijlage_id_bijlagen_id_fk" FOREIGN KEY ("bijlage_id") REFERENCES "public"."bijlagen"("id") ON DELETE set null ON UPDATE no action;