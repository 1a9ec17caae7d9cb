-- A public randomness value announced at commitment (for example a named future lottery draw)
-- and typed in at reveal; the seed that draws is SHA-256(secret seed || UTF-8 value).
alter table drawing add column public_value_source varchar(300);
alter table drawing add column public_value varchar(300);
