-- One pending redraw per drawing at a time, kept by the database: pending_redraw_of holds the
-- original drawing's id while a redraw waits for its reveal and is null otherwise (revealed,
-- cancelled or failed). A unique constraint allows any number of nulls in H2 and PostgreSQL.
alter table drawing add column pending_redraw_of bigint;
update drawing d set pending_redraw_of = parent_drawing_id
 where status = 'COMMITTED' and country_review_id is not null
   and id = (select min(o.id) from drawing o
              where o.parent_drawing_id = d.parent_drawing_id and o.status = 'COMMITTED'
                and o.country_review_id is not null);
alter table drawing add constraint uk_drawing_pending_redraw unique (pending_redraw_of);
-- A redraw that could not be drawn at its reveal: its explanation, as message keys with
-- arguments ([{"key": "...", "arguments": ["..."]}]).
alter table drawing add column failure_json text;
alter table drawing add column failed_at timestamp with time zone;
