-- Spring Modulith's event publication registry (JPA): every event a module listens to is
-- stored with the transaction that published it, and marked complete once handled.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(65535) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(32),
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
