alter table drawing add column parent_drawing_id bigint references drawing (id);
alter table drawing add column country_review_id bigint references country_review (id);
alter table drawing add column refused_reviewer varchar(2);
alter table drawing add column requested_by varchar(100);
