alter table drawing add column cancel_reason varchar(500);
alter table drawing add column cancelled_by varchar(100);
alter table drawing add column cancelled_at timestamp with time zone;
alter table drawing add column redraw_reason varchar(500);
