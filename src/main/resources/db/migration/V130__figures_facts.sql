-- The facts the figures (reports/, docs/figures.md) count that the ledger did not keep as codes:
-- the trail keeps what a person entered as it was shown (labels), so our code now also writes the
-- checked codes of 办理结果 and 回访 when the step completes.

-- 办理结果 of a handling round (办理交办事项, 当场调解): one row per completion that concluded.
create table handling_outcomes (
    id             bigserial    primary key,
    case_no        varchar(32)  not null references cases (case_no),
    handling_round integer      not null check (handling_round >= 0),
    step           varchar(32)  not null,
    handling_way   varchar(32),
    outcome        varchar(32)  not null,
    recorded_at    timestamptz  not null
);
create index handling_outcomes_recorded_idx on handling_outcomes (recorded_at);
create index handling_outcomes_case_idx on handling_outcomes (case_no);

-- 回访: one row per visit, reached or not, with the satisfaction the citizen gave.
create table return_visits (
    id             bigserial    primary key,
    case_no        varchar(32)  not null references cases (case_no),
    handling_round integer      not null check (handling_round >= 0),
    reached        boolean      not null,
    satisfaction   varchar(24)  check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    visited_at     timestamptz  not null,
    check (reached or satisfaction is null)
);
create index return_visits_visited_idx on return_visits (visited_at);

-- 甄别: a report from a screening channel (网格员上报) found not to be a matter for the centre is
-- closed as SCREENED and counted apart from the accepted ones.
alter table cases drop constraint cases_closed_as_check;
alter table cases add constraint cases_closed_as_check
    check (closed_as in ('VISITED', 'UNREACHABLE', 'SCREENED'));

-- 万人成讼率: residents per territory (township centres carry it) ...
alter table centres add column population integer check (population >= 0);

-- ... and the court's count of new civil cases per township and month, entered by its liaison.
create table court_case_counts (
    territory_code varchar(32)  not null references centres (code),
    month          date         not null check (extract(day from month) = 1),
    cases          integer      not null check (cases >= 0),
    entered_by     varchar(64)  not null,
    entered_at     timestamptz  not null,
    primary key (territory_code, month)
);

-- The figures read cases by closing time, letters by case, and the trail's reopen and merge lines by time.
create index cases_closed_idx on cases (closed_at) where closed_at is not null;
create index letters_case_idx on letters (case_no, issued_at);
create index case_events_reopen_merge_idx on case_events (kind, occurred_at) where kind in ('REOPENED', 'MERGED');
