-- What a State agreed to show on its public country page, set by its focal point or the
-- secretariat. No row: nothing is shown.
create table state_transparency (
    party_code varchar(2) primary key,
    show_contact boolean not null,
    contact_name varchar(200),
    contact_email varchar(254),
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    version bigint not null
);
