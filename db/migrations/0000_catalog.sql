CREATE TABLE `product_lines` (
	`vendor_id` text NOT NULL,
	`line` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`vendor_id`, `line`),
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `provisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vendor_id` text NOT NULL,
	`product_line` text NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`value` text NOT NULL,
	`statement` text NOT NULL,
	`condition` text DEFAULT '' NOT NULL,
	`excerpt` text DEFAULT '' NOT NULL,
	`source_title` text NOT NULL,
	`source_url` text,
	`checked_on` text,
	`effective_on` text,
	`verified` integer DEFAULT true NOT NULL,
	`superseded_by` integer,
	`origin` text NOT NULL,
	`seed_hash` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`superseded_by`) REFERENCES `provisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`,`product_line`) REFERENCES `product_lines`(`vendor_id`,`line`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provisions_version_unique` ON `provisions` (`vendor_id`,`product_line`,`key`,`version`);--> statement-breakpoint
CREATE INDEX `provisions_current` ON `provisions` (`vendor_id`,`product_line`,`superseded_by`);--> statement-breakpoint
CREATE INDEX `provisions_seed_hash` ON `provisions` (`seed_hash`);--> statement-breakpoint
CREATE TABLE `vendors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
