-- 风险预警: rules with thresholds an administrator edits, the warnings they raise, and the cases
-- each warning counted (the mark on those cases).
create table risk_rules (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    threshold   integer      not null check (threshold > 0),
    window_days integer      not null check (window_days > 0),
    min_count   integer      not null default 1 check (min_count > 0),
    enabled     boolean      not null default true,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(64)  not null default 'system'
);

insert into risk_rules (code, name, threshold, window_days, min_count) values
('SAME_PERSON',       '同一当事人多次反映：90日内达到件数',              3, 90, 1),
('SAME_VILLAGE_TYPE', '同一村（社区）同类纠纷集中：30日内达到件数',     5, 30, 1),
('TYPE_SURGE',        '某类纠纷短期快速上升：周环比上升百分比（本周至少min_count件）', 50, 7, 5);

create table risk_warnings (
    id             bigserial    primary key,
    rule_code      varchar(32)  not null references risk_rules (code),
    subject_key    varchar(200) not null,
    subject        varchar(200) not null,
    trigger_case   varchar(32)  not null references cases (case_no),
    territory_code varchar(32)  references centres (code),
    unit_code      varchar(32)  references units (code),
    case_count     integer      not null,
    detail         text         not null,
    created_at     timestamptz  not null,
    handled_at     timestamptz,
    handled_by     varchar(64)
);
-- One open warning per rule and subject: the next matter of the same kind joins it, not a new one.
create unique index risk_warnings_open_uq on risk_warnings (rule_code, subject_key) where handled_at is null;

create table risk_warning_cases (
    warning_id bigint      not null references risk_warnings (id),
    case_no    varchar(32) not null references cases (case_no),
    primary key (warning_id, case_no)
);
create index risk_warning_cases_case_idx on risk_warning_cases (case_no);
create index cases_type_accepted_idx on cases (matter_type, accepted_at);
