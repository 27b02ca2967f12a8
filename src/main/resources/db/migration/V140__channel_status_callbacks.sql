-- 事事有回音 to the source: a channel's own system (12345, 110, the court …) is told when its case
-- is accepted, assigned, extended, concluded and closed (callbacks/).

-- Where the channel takes status updates, and the NAME of the setting (environment variable) that
-- holds its signing key. The key itself is never in the database, the directory file or a log.
alter table channel_clients add column callback_url varchar(500);
alter table channel_clients add column callback_secret_setting varchar(100);
create unique index channel_clients_one_callback_per_channel on channel_clients (channel)
    where callback_url is not null;

-- The outbox: one row per status, written in the same transaction as the case change, delivered
-- after commit by the poller of any node (FOR UPDATE SKIP LOCKED), in id order per case. A row is
-- never deleted by the application: delivered_at marks it done, attempts/last_error show trouble.
create table status_callbacks (
    id              bigserial    primary key,
    case_no         varchar(32)  not null references cases (case_no),
    channel         varchar(32)  not null,
    external_ref    varchar(100),
    step            varchar(16)  not null check (step in ('ACCEPTED', 'ASSIGNED', 'EXTENDED', 'CONCLUDED', 'CLOSED')),
    result_text     text         not null,
    occurred_at     timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_attempt_at timestamptz,
    last_error      varchar(1000),
    delivered_at    timestamptz
);
-- The poller's question: which undelivered rows are due, and is an earlier one of the same case
-- still waiting? Both read this partial index only.
create index status_callbacks_pending_idx on status_callbacks (case_no, id) where delivered_at is null;
create index status_callbacks_due_idx on status_callbacks (next_attempt_at, id) where delivered_at is null;
