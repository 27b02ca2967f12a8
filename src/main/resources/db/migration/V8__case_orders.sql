-- Which units were asked to work on a case (交办、协办、司法确认 …): written by our task listener when
-- a task of the case is created for a unit's group. Who may read a case follows this table, not
-- engine history, which a user with engine access could have added to.
create table case_orders (
    case_no    varchar(32)  not null references cases (case_no),
    unit_group varchar(64)  not null,
    task_key   varchar(100) not null,
    ordered_at timestamptz  not null default now(),
    primary key (case_no, unit_group, task_key)
);
create index case_orders_group_idx on case_orders (unit_group, case_no);

-- Cases dispatched before this table existed: their units' tasks, once, from engine history.
do $$
begin
    if to_regclass('act_hi_identitylink') is not null then
        insert into case_orders (case_no, unit_group, task_key, ordered_at)
        select distinct on (p.business_key_, l.group_id_, t.task_def_key_)
               p.business_key_, l.group_id_, t.task_def_key_, l.timestamp_
          from act_hi_identitylink l
          join act_hi_taskinst t on t.id_ = l.task_id_
          join act_hi_procinst p on p.id_ = t.proc_inst_id_
          join cases c on c.case_no = p.business_key_
         where l.type_ = 'candidate' and l.operation_type_ = 'add' and l.group_id_ like 'unit-%'
         order by p.business_key_, l.group_id_, t.task_def_key_, l.timestamp_
        on conflict do nothing;
    end if;
end
$$;
