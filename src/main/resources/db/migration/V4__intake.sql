-- Intake from every channel (intake/): the channels' own systems and the attachments a matter
-- arrives with.

-- A channel's system logs in as one Camunda user (group intake-channel) and may submit matters of
-- its own channel only. Loaded from the directory file's channels section.
create table channel_clients (
    user_id varchar(64)  primary key,
    name    varchar(100) not null,
    channel varchar(32)  not null
);

-- What the channel says it attached: metadata only, the files stay in the channel's system.
create table case_attachments (
    id           bigserial    primary key,
    case_no      varchar(32)  not null references cases (case_no),
    name         varchar(255) not null,
    content_type varchar(100),
    size_bytes   bigint       not null check (size_bytes >= 0),
    sha256       char(64)     not null
);
create index case_attachments_case_idx on case_attachments (case_no);
