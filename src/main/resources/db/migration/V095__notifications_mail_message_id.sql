-- The Message-ID a mail was sent with, to match delivery-status notifications (bounces) to it.
alter table mail_message add column message_id varchar(255);
create index mail_message_message_id on mail_message (message_id);
