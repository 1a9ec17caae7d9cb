-- Organisations register themselves and wait for the secretariat's verification. Rows that
-- existed before were created by the secretariat, hence verified.
alter table organisation add column status varchar(16) not null default 'VERIFIED';
alter table organisation add column listed boolean not null default false;
alter table organisation add column ecosoc_status varchar(16) not null default 'NONE';
alter table organisation add column countries_of_work varchar(1000) not null default '';
alter table organisation add column instruments varchar(100) not null default '';
alter table organisation add column themes varchar(300) not null default '';
alter table organisation add column contact_name varchar(200);
alter table organisation add column contact_email varchar(254);
alter table organisation add column grassroots boolean not null default false;
alter table organisation add column administrator_id bigint;
alter table organisation add column registered_at timestamp with time zone;
alter table organisation add column decided_by varchar(100);
alter table organisation add column decided_at timestamp with time zone;
alter table organisation add column rejection_reason varchar(1000);
create index ix_organisation_status on organisation (status);
