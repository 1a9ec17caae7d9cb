-- A national working group's letter is readable by the country's focal points only once
-- the coordinator sent it: when that first happened.
alter table national_group add column letter_sent_at timestamp with time zone;
