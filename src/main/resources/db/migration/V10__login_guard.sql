-- 身份鉴别 (GB/T 22239-2019 8.1.4.1): failed logins, temporary account locks and when each
-- password was last set. In the database, not in memory, so every node of a cluster counts the
-- same failures and honours the same locks.

-- One row per wrong password: counted per user (locks people) and per source address (throttles
-- the address). Rows older than a day are swept as new failures arrive.
create table login_failures (
    id        bigserial    primary key,
    user_id   varchar(255) not null,
    source    varchar(64),
    failed_at timestamptz  not null
);
create index login_failures_user_idx on login_failures (user_id, failed_at);
create index login_failures_source_idx on login_failures (source, failed_at);
create index login_failures_at_idx on login_failures (failed_at);

-- A person's account refused until locked_until; lifted by time or by an administrator.
create table account_locks (
    user_id      varchar(255) primary key,
    locked_at    timestamptz  not null,
    locked_until timestamptz  not null
);

-- When the password was last set (for its expiry after zongzhi.security.password.max-age). A user
-- without a row gets one, dated now, at the first login that sees it.
create table password_changes (
    user_id    varchar(255) primary key,
    changed_at timestamptz  not null
);
