ALTER TABLE `reviews` ADD `unconfirmed_steps` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_one_re_review` ON `reviews` (`renews_review_id`);