-- Extra headers a mail carries (one "Name: value" per line), e.g. List-Unsubscribe for
-- mail to country subscribers (RFC 8058); null for most mail.
alter table mail_message add column extra_headers varchar(2000);
