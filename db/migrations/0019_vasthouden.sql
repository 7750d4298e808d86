ALTER TABLE "clienten" ADD COLUMN "klacht_reden" text;--> statement-breakpoint
ALTER TABLE "clienten" ADD COLUMN "klacht_sinds" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clienten" ADD COLUMN "rechtsvordering_reden" text;--> statement-breakpoint
ALTER TABLE "clienten" ADD COLUMN "rechtsvordering_sinds" timestamp with time zone;