-- Our own tables. Camunda keeps its ACT_* schema; these hold the centre's directory and the case
-- ledger, keyed by the case number. Times are timestamptz (stored UTC, shown in China time).

-- Directory (directory/): the four levels of centres, the units that handle matters, the people.
create table centres (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    level       varchar(16)  not null check (level in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code varchar(32)  references centres (code)
);
create index centres_parent_idx on centres (parent_code);

-- A unit receives assigned matters: a department stationed at the centre, or a township centre
-- (属地). Each unit is one Camunda group, so its members see its tasks and nobody else does.
create table units (
    code         varchar(32)  primary key,
    name         varchar(100) not null,
    kind         varchar(16)  not null check (kind in ('DEPARTMENT', 'TOWNSHIP')),
    stationing   varchar(16)  check (stationing in ('RESIDENT', 'ROTATING', 'ON_CALL')),
    centre_code  varchar(32)  not null references centres (code),
    group_id     varchar(64)  not null unique,
    endpoint_url varchar(500)
);

create table roles (
    id   varchar(64)  primary key,
    name varchar(100) not null
);

create table people (
    user_id        varchar(64)  primary key,
    name           varchar(100) not null,
    post           varchar(100) not null,
    centre_code    varchar(32)  not null references centres (code),
    unit_code      varchar(32)  references units (code),
    -- AB岗: who takes over this post when the holder is away.
    backup_user_id varchar(64)  references people (user_id) deferrable initially deferred
);
create index people_unit_idx on people (unit_code);

create table person_roles (
    user_id varchar(64) not null references people (user_id),
    role_id varchar(64) not null references roles (id),
    primary key (user_id, role_id)
);

-- Case ledger (cases/): one row per matter, whatever channel it came from.
create table case_number_counters (
    centre_code varchar(32) not null,
    year        integer     not null,
    last_value  bigint      not null,
    primary key (centre_code, year)
);

create table cases (
    case_no               varchar(32)   primary key,
    centre_code           varchar(32)   not null references centres (code),
    channel               varchar(32)   not null,
    external_ref          varchar(100),
    reporter_name         varchar(100),
    reporter_phone        varchar(32),
    reporter_id_number    varchar(32),
    township_code         varchar(32)   references centres (code),
    village_code          varchar(32)   references centres (code),
    address               varchar(300),
    matter_type           varchar(64)   not null,
    summary               text          not null,
    amount_at_stake       numeric(16, 2),
    people_involved       integer,
    grade                 varchar(16)   check (grade in ('GENERAL', 'MAJOR', 'SIGNIFICANT')),
    status                varchar(24)   not null,
    responsible_unit_code varchar(32)   references units (code),
    first_contact_owner   varchar(64)   not null,
    occurred_at           timestamptz,
    accepted_at           timestamptz   not null,
    due_at                timestamptz,
    closed_at             timestamptz,
    reopen_count          integer       not null default 0,
    updated_at            timestamptz   not null
);
-- One channel reference is one case: the same matter must not become two cases.
create unique index cases_channel_ref_uq on cases (channel, external_ref) where external_ref is not null;
create index cases_status_unit_idx on cases (status, responsible_unit_code);
create index cases_accepted_idx on cases (accepted_at);

create table case_parties (
    id        bigserial    primary key,
    case_no   varchar(32)  not null references cases (case_no),
    role      varchar(16)  not null check (role in ('APPLICANT', 'RESPONDENT', 'OTHER')),
    name      varchar(100) not null,
    phone     varchar(32),
    id_number varchar(32)
);
create index case_parties_case_idx on case_parties (case_no);

-- The trail: who did what, when. Append-only.
create table case_events (
    id          bigserial    primary key,
    case_no     varchar(32)  not null references cases (case_no),
    occurred_at timestamptz  not null,
    actor       varchar(64)  not null,
    kind        varchar(32)  not null,
    detail      text
);
create index case_events_case_idx on case_events (case_no, occurred_at);
