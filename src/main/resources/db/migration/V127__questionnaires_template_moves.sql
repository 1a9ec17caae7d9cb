-- A question of a newer template version may name the question of the version before that it
-- replaces (its answer moves there when a draft questionnaire moves to the newer version).
alter table template_question add column previous_key varchar(64);
