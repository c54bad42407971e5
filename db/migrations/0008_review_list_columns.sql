-- The lists (Reviews, Renewals) filter, sort and page in SQL, so what they read from a review's answers is
-- copied into columns of its own, rewritten on every save (app/use-cases/reviews/answers.server.ts).
-- Numbered 0008: 0007 is another change made at the same time.
ALTER TABLE `reviews` ADD `renewal_owner` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `review_due` text;--> statement-breakpoint
-- Existing reviews get the columns from their answers, as a save would write them: review_due is the renewal
-- date less the lead time (SQLite's date() counts days as app/renewal/due-date.ts does), or the renewal
-- date itself while no lead time is answered.
UPDATE `reviews` SET
	`renewal_owner` = json_extract(`answers`, '$.renewalOwner'),
	`review_due` = CASE
		WHEN `renewal_date` IS NULL THEN NULL
		WHEN json_extract(`answers`, '$.reviewLeadDays') IS NULL THEN `renewal_date`
		ELSE date(`renewal_date`, '-' || json_extract(`answers`, '$.reviewLeadDays') || ' days')
	END;--> statement-breakpoint
DROP INDEX `reviews_updated`;--> statement-breakpoint
CREATE INDEX `reviews_due` ON `reviews` (`review_due`,`buyer_name`,`renewal_owner`);--> statement-breakpoint
CREATE INDEX `reviews_status_updated` ON `reviews` (`status`,`updated_at`,`buyer_name`,`renewal_owner`);--> statement-breakpoint
CREATE INDEX `reviews_vendor_updated` ON `reviews` (`vendor_id`,`updated_at`,`buyer_name`,`renewal_owner`);--> statement-breakpoint
CREATE INDEX `reviews_stage_updated` ON `reviews` (`stage`,`updated_at`,`buyer_name`,`renewal_owner`);--> statement-breakpoint
CREATE INDEX `reviews_exposure_updated` ON `reviews` (`exposure`,`updated_at`,`buyer_name`,`renewal_owner`);--> statement-breakpoint
CREATE INDEX `reviews_updated` ON `reviews` (`updated_at`,`buyer_name`,`renewal_owner`);