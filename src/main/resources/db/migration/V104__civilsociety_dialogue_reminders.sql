-- Participants are reminded once before the dialogue.
alter table dialogue_application add column reminded_at timestamp with time zone;
