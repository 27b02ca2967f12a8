-- 安全审计 (GB/T 22239-2019 8.1.4.3; PIPL Art. 56): an append-only trail, each record chained to
-- the one before by an SM3 hash computed by the application (audit.AuditHash). The database itself
-- refuses changes: no UPDATE, no TRUNCATE, no DELETE of a record younger than its legal minimum,
-- whoever asks. Only case numbers and field names go into it, never a citizen's name, phone or ID.
create table audit_log (
    id          bigint        primary key,  -- gapless: the chain head's last_id + 1
    occurred_at timestamptz   not null,     -- the database's clock_timestamp() under the chain lock, never before the last
    user_id     varchar(100),
    event_type  varchar(40)   not null,
    object      varchar(300)  not null,
    success     boolean       not null,
    source      varchar(100),
    detail      varchar(2000),
    prev_hash   char(64)      not null,
    hash        char(64)      not null unique
);
create index audit_log_time_idx on audit_log (occurred_at);
create index audit_log_user_idx on audit_log (user_id, occurred_at);
create index audit_log_type_idx on audit_log (event_type, occurred_at);
create index audit_log_object_idx on audit_log (object varchar_pattern_ops);

-- One row: the end of the chain, locked (FOR UPDATE) by every append so that appends from all
-- threads and nodes form one sequence; and the anchor, the last record a purge removed, from which
-- the remaining chain is verified.
create table audit_chain_head (
    id          int          primary key check (id = 1),
    last_id     bigint       not null,
    last_hash   char(64)     not null,
    last_at     timestamptz,
    anchor_id   bigint       not null,
    anchor_hash char(64)     not null
);
insert into audit_chain_head (id, last_id, last_hash, last_at, anchor_id, anchor_hash)
values (1, 0, repeat('0', 64), null, 0, repeat('0', 64));

-- The legal minimum a record is kept: 3 years for personal-data processing records (PIPL Art. 56),
-- 6 months for everything else (网络安全法 Art. 21). The purge's own setting can only be longer.
create function audit_minimum_retention(event_type varchar) returns interval
    language sql immutable as $$
    select case when event_type = 'PERSONAL_DATA_READ' then interval '3 years' else interval '6 months' end
$$;

create function audit_log_guard() returns trigger language plpgsql as $$
declare
    head audit_chain_head%rowtype;
begin
    if tg_op = 'INSERT' then
        select * into head from audit_chain_head where id = 1;
        if new.id <> head.last_id + 1 or new.prev_hash <> head.last_hash then
            raise exception '审计记录 % 未接在链尾（链尾为 %）', new.id, head.last_id
                using errcode = 'integrity_constraint_violation';
        end if;
        -- Stamped now by the database; after a step back of its clock, at the previous record's time.
        if new.occurred_at > greatest(clock_timestamp(), head.last_at) or new.occurred_at < now() - interval '1 minute'
                or new.occurred_at < head.last_at then
            raise exception '审计记录 % 的时间 % 不是当前时间', new.id, new.occurred_at
                using errcode = 'integrity_constraint_violation';
        end if;
        return new;
    elsif tg_op = 'DELETE' then
        if old.occurred_at > now() - audit_minimum_retention(old.event_type) then
            raise exception '审计记录 % 未满最短保存期限（%），不能删除', old.id, audit_minimum_retention(old.event_type)
                using errcode = 'insufficient_privilege';
        end if;
        return old;
    end if;
    raise exception '审计记录只能追加，不能修改或清空（%）', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_append_only
    before insert or update or delete on audit_log
    for each row execute function audit_log_guard();
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_guard();

-- The head only moves forward: the end grows, the anchor follows purges, nothing is removed.
create function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.id = old.id and new.last_id >= old.last_id
            and new.anchor_id >= old.anchor_id and new.anchor_id <= new.last_id then
        return new;
    end if;
    raise exception '审计链头只能向前推进（%）', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_chain_head_forward_only
    before update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard();
create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_chain_head_guard();
