CREATE TABLE "ip_tellers" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"punten" integer NOT NULL,
	"verloopt_op" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "ip_tellers_verloopt_op_idx" ON "ip_tellers" USING btree ("verloopt_op");