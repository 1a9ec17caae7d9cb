-- The State under review's decision to publish its submitted answers (taken in the desk
-- review's publication page, told by cycle.ReviewDocumentPublicationDecided): the public
-- country page and the public API show the answers only while published and submitted.
create table questionnaire_answers_publication (
    review_id bigint primary key,
    published boolean not null,
    decided_by varchar(100) not null,
    decided_at timestamp with time zone not null
);
