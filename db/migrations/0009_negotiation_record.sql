CREATE TABLE `agreements` (
	`review_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`signed_on` text NOT NULL,
	`term_months` integer NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `clause_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` text NOT NULL,
	`clause_id` text NOT NULL,
	`clause_title` text NOT NULL,
	`position` text NOT NULL,
	`fallback` integer,
	`wording` text DEFAULT '' NOT NULL,
	`approver` text,
	`reason` text,
	`expires_on` text,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clause_outcomes_clause` ON `clause_outcomes` (`review_id`,`clause_id`);--> statement-breakpoint
CREATE TABLE `vendor_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` text NOT NULL,
	`question_id` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`document` text DEFAULT '' NOT NULL,
	`answered_by` text NOT NULL,
	`answered_on` text NOT NULL,
	`via` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vendor_answers_question` ON `vendor_answers` (`review_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `written_provisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` text NOT NULL,
	`answer_id` integer NOT NULL,
	`product_line` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`statement` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answer_id`) REFERENCES `vendor_answers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `written_provisions_key` ON `written_provisions` (`review_id`,`product_line`,`key`);