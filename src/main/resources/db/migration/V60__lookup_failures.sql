-- Failed status lookups (wrong phone or unknown case) per client address and per case number, in
-- the database so that every node of a cluster counts the same failures. A row is one fixed
-- window: its start and the failures in it; an expired window starts again at the next failure.
create table lookup_failures (
    subject           varchar(80)  primary key,  -- 'ip:203.0.113.7' or 'case:SFX-2026-000123'
    window_started_at timestamptz  not null,
    failures          integer      not null check (failures > 0)
);
create index lookup_failures_window_idx on lookup_failures (window_started_at);
