-- 并单: a merged case keeps its row (and its channel reference), pointing at the surviving case.
alter table cases add column merged_into varchar(32) references cases (case_no);
create index cases_merged_into_idx on cases (merged_into) where merged_into is not null;

-- Related matters: the same person, or the same village and matter type, within 90 days.
create index cases_reporter_phone_idx on cases (reporter_phone, accepted_at) where reporter_phone is not null;
create index cases_reporter_id_idx on cases (reporter_id_number, accepted_at) where reporter_id_number is not null;
create index cases_village_type_idx on cases (village_code, matter_type, accepted_at);
create index case_parties_phone_idx on case_parties (phone) where phone is not null;
create index case_parties_id_idx on case_parties (id_number) where id_number is not null;
