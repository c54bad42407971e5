DROP INDEX `provisions_version_unique`;--> statement-breakpoint
ALTER TABLE `provisions` ADD `aspect` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `provisions` ADD `standing` text DEFAULT 'stated' NOT NULL;--> statement-breakpoint
ALTER TABLE `provisions` ADD `sources` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `provisions_aspect_version_unique` ON `provisions` (`vendor_id`,`product_line`,`key`,`aspect`,`version`);--> statement-breakpoint
ALTER TABLE `product_lines` ADD `names` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `product_lines` ADD `note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `product_lines` ADD `sources` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `vendors` ADD `entities` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `vendors` ADD `sources` text DEFAULT '[]' NOT NULL;
--> statement-breakpoint
-- Versions recorded before the source register: their standing and their one source, as they were recorded.
UPDATE `provisions` SET `standing` = 'secondary' WHERE `verified` = 0;--> statement-breakpoint
UPDATE `provisions` SET `sources` = json_array(json_object(
  'id', 'recorded-' || `id`,
  'title', `source_title`,
  'publisher', coalesce((SELECT `name` FROM `vendors` WHERE `vendors`.`id` = `provisions`.`vendor_id`), `vendor_id`),
  'kind', CASE WHEN `verified` = 1 THEN 'primary' ELSE 'secondary' END,
  'url', `source_url`,
  'checkedOn', `checked_on`
));
