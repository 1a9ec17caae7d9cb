create table country_review_deadline (
    review_id bigint not null references country_review (id),
    step varchar(32) not null,
    due_on date not null,
    primary key (review_id, step)
);
alter table country_review add column drawing_id bigint;
