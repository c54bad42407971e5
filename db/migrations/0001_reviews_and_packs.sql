CREATE TABLE `packs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` text NOT NULL,
	`review_version` integer NOT NULL,
	`generated_at` text NOT NULL,
	`generated_by` text,
	`library_version` text NOT NULL,
	`answers_version` integer NOT NULL,
	`answers_sha256` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`file` blob NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `packs_review` ON `packs` (`review_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`answers` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`buyer_name` text,
	`vendor_id` text,
	`vendor_name` text,
	`product_line` text,
	`stage` text,
	`renewal_date` text,
	`exposure` text,
	`renews_review_id` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`renews_review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_updated` ON `reviews` (`updated_at`);--> statement-breakpoint
CREATE INDEX `reviews_renewal` ON `reviews` (`renewal_date`);