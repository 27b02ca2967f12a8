-- Phones and ID numbers of reporters and parties are stored sealed (SM4-GCM, "sm4:<key id>:<base64>",
-- sealed by the Java migration V31 and by the application) and found by keyed hashes (HMAC-SM3,
-- 64 hex digits) in their own indexed columns. The sealed text is longer than a number, hence text.
alter table cases alter column reporter_phone type text;
alter table cases alter column reporter_id_number type text;
alter table cases add column reporter_phone_lookup char(64);
alter table cases add column reporter_id_lookup char(64);

alter table case_parties alter column phone type text;
alter table case_parties alter column id_number type text;
alter table case_parties add column phone_lookup char(64);
alter table case_parties add column id_lookup char(64);

-- Indexes on sealed text find nothing (every value has its own IV): the lookups take their place.
drop index if exists cases_reporter_phone_idx;
drop index if exists cases_reporter_id_idx;
drop index if exists case_parties_phone_idx;
drop index if exists case_parties_id_idx;

-- Related matters and the same-person warning: the same person within a window of acceptance.
create index cases_reporter_phone_lookup_idx on cases (reporter_phone_lookup, accepted_at)
    where reporter_phone_lookup is not null;
create index cases_reporter_id_lookup_idx on cases (reporter_id_lookup, accepted_at)
    where reporter_id_lookup is not null;
create index case_parties_phone_lookup_idx on case_parties (phone_lookup) where phone_lookup is not null;
create index case_parties_id_lookup_idx on case_parties (id_lookup) where id_lookup is not null;
