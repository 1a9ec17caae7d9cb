alter table drawing add column kind varchar(16) default 'LOTS' not null;
alter table drawing alter column cluster drop not null;

create table review_group_member (
    party_code varchar(2) primary key references state_party (code),
    review_group int not null,
    drawing_id bigint not null references drawing (id)
);
