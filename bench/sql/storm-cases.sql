-- bench/scenarios/letter-storm: :cases cases in 限时办理 at unit :unit (the ledger rows the letter
-- issuer reads), case numbers SFX-2026-S000001… Run against a database our app has created.
\set ON_ERROR_STOP on
insert into cases (case_no, centre_code, channel, external_ref, reporter_name, township_code, village_code,
                   matter_type, summary, people_involved, grade, status, responsible_unit_code,
                   first_contact_owner, accepted_at, due_at, reopen_count, updated_at)
select 'SFX-2026-S' || lpad(n::text, 6, '0'), 'SFX', 'HOTLINE_12345', 'STORM-' || n, '压测反映人', 'SFX-XS', 'SFX-XS-SM',
       '邻里纠纷', '压测事项：办理期限同时到期', 2, 'GENERAL', 'HANDLING', :'unit', 'wangfang',
       now() - interval '20 days', now(), 0, now()
  from generate_series(1, :cases) n;
