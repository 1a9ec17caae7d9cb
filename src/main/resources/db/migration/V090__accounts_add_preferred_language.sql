-- The language mail and reminders reach a person in: chosen at invitation, changed in their account.
alter table account add column preferred_language varchar(8) default 'en' not null;
