alter table drawing add column redraw_state_under_review varchar(2);
