-- Two steps of the procedure got a deadline: the preliminary consultation (2 months from the start) and the
-- dialogue and clarifications (15 months). Existing reviews get the defaults from their start date.
insert into country_review_deadline (review_id, step, due_on)
select r.id, 'PRELIMINARY_CONSULTATION', cast(r.started_on + interval '2' month as date)
from country_review r
where r.started_on is not null
  and not exists (select 1 from country_review_deadline d where d.review_id = r.id and d.step = 'PRELIMINARY_CONSULTATION');

insert into country_review_deadline (review_id, step, due_on)
select r.id, 'DIALOGUE', cast(r.started_on + interval '15' month as date)
from country_review r
where r.started_on is not null
  and not exists (select 1 from country_review_deadline d where d.review_id = r.id and d.step = 'DIALOGUE');
