CREATE TABLE `hand_pack_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hand_pack_id` integer NOT NULL,
	`kind` text NOT NULL,
	`generated_at` text NOT NULL,
	`generated_by` text,
	`library_version` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`file` blob NOT NULL,
	FOREIGN KEY (`hand_pack_id`) REFERENCES `hand_packs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hand_pack_documents_pack` ON `hand_pack_documents` (`hand_pack_id`);--> statement-breakpoint
CREATE TABLE `hand_packs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`buyer_name` text NOT NULL,
	`vendor_id` text,
	`vendor_name` text NOT NULL,
	`product_lines` text NOT NULL,
	`selections` text NOT NULL,
	`values` text NOT NULL,
	`library_version` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `house_clause_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`clause_id` text NOT NULL,
	`version` integer NOT NULL,
	`text` text,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `house_clause_versions_version` ON `house_clause_versions` (`clause_id`,`version`);