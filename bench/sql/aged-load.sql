-- An aged database for bench/scenarios/aged: :cases closed cases of the past five years, loaded
-- with SQL rather than by running processes, each with what a closed case leaves behind: its
-- party, its trail (case_events), its unit order, one letter in ten, and the engine's history of
-- its process (instance, tasks, activities, variables). Run against a database our app has
-- created (Flyway and Camunda schemas, the demo directory, the deployed caseHandling).
\set ON_ERROR_STOP on
set synchronous_commit = off;

create temporary table dir as
select (select array_agg(code order by code) from units) as units,
       (select array_agg(c.code order by c.code) from centres c where c.level = 'VILLAGE') as villages,
       (select array_agg(c.parent_code order by c.code) from centres c where c.level = 'VILLAGE') as townships,
       array['邻里纠纷','劳动争议','物业纠纷','婚姻家庭纠纷','土地纠纷','消费纠纷','交通事故纠纷','医疗纠纷',
             '农村土地承包纠纷','城市管理纠纷','社会救助','其他'] as types,
       array['HOTLINE_12345','GRID','WALK_IN','PHONE','POLICE_110','COURT_REFERRAL','PETITION','DEPARTMENT'] as channels,
       (select id_ from act_re_procdef where key_ = 'caseHandling' order by version_ desc limit 1) as procdef;

-- Five years back from a month ago, evenly: ~550 cases a day, as a large county centre.
create temporary table aged as
select n,
       'SFX-' || (2021 + n % 5) || '-H' || lpad(n::text, 7, '0') as case_no,
       now() - interval '30 days' - (n * (interval '1825 days' / :cases)) as accepted_at,
       d.units[1 + n % array_length(d.units, 1)] as unit,
       d.villages[1 + n % array_length(d.villages, 1)] as village,
       d.townships[1 + n % array_length(d.townships, 1)] as township,
       d.types[1 + (n / 7) % array_length(d.types, 1)] as matter_type,
       d.channels[1 + (n / 3) % array_length(d.channels, 1)] as channel,
       d.procdef
  from generate_series(1, :cases) n, dir d;

insert into cases (case_no, centre_code, channel, external_ref, reporter_name, reporter_phone,
                   reporter_id_number, reporter_phone_lookup, reporter_id_lookup, township_code, village_code,
                   address, matter_type, summary, amount_at_stake, people_involved, grade, status,
                   responsible_unit_code, first_contact_owner, occurred_at, accepted_at, due_at, closed_at,
                   reopen_count, updated_at, closed_as)
select case_no, 'SFX', channel, 'H-' || n, '历史反映人', 'sealed:' || md5(n::text),
       case when n % 10 < 7 then 'sealed:' || md5('id' || n) end,
       md5('p' || n) || md5('q' || n), case when n % 10 < 7 then md5('i' || n) || md5('j' || n) end,
       township, village, '历史地址' || n, matter_type, '已办结的历史事项：' || matter_type || '，双方达成调解协议。',
       case when n % 3 = 0 then (n % 100000) + 0.5 end, 1 + n % 4,
       (array['GENERAL','GENERAL','GENERAL','MAJOR','SIGNIFICANT'])[1 + n % 5], 'CLOSED', unit, 'wangfang',
       accepted_at - interval '2 days', accepted_at, accepted_at + interval '15 days', accepted_at + interval '20 days',
       0, accepted_at + interval '20 days', 'VISITED'
  from aged;

insert into case_parties (case_no, role, name, phone, phone_lookup)
select case_no, 'APPLICANT', '历史当事人', 'sealed:' || md5(n::text), md5('p' || n) || md5('q' || n) from aged;

insert into case_events (case_no, occurred_at, actor, kind, detail)
select a.case_no, a.accepted_at + e.after, e.actor, e.kind, e.detail
  from aged a,
       (values (interval '0', 'wangfang', 'REGISTERED', '登记立案'),
               (interval '1 day', 'zhaomin', 'ASSESSED', '研判定级：一般'),
               (interval '1 day 1 hour', 'zhaomin', 'ASSIGNED', '交办'),
               (interval '12 days', 'dongliang', 'HANDLED', '调解成功'),
               (interval '14 days', 'wangfang', 'FEEDBACK', '已反馈'),
               (interval '20 days', 'chenjing', 'CLOSED', '回访满意，结案')) e(after, actor, kind, detail);

insert into case_orders (case_no, unit_group, task_key, ordered_at)
select case_no, 'unit-' || unit, 'Task_Handle', accepted_at + interval '1 day' from aged;

insert into letters (case_no, kind, ladder_step, letter_no, centre_code, year, sequence, recipient_unit_code,
                     facts, reply_due, issued_at, handling_round, step, responsible)
select case_no, 'REMINDER', 1, '示范县综治提示〔历史〕第' || n || '号', 'SFX', 1900 + n % 100, n, unit,
       '逾期未办结', accepted_at + interval '18 days', accepted_at + interval '16 days', 0, 'HANDLE', 'unit-' || unit
  from aged where n % 10 = 0;

-- Engine history, as a closed case leaves it (full history level).
insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
                             duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select 'h' || n, 'h' || n, case_no, 'caseHandling', procdef, accepted_at, accepted_at + interval '20 days',
       1728000000, 'Event_MatterReceived', 'Event_CaseClosed', 'h' || n, 'COMPLETED'
  from aged;

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                             execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
                             delete_reason_, priority_, due_date_)
select 'h' || n || 't' || t.k, t.key, 'caseHandling', procdef, 'h' || n, 'h' || n, 'h' || n, 'h' || n || 'a' || t.k,
       t.name, t.who, accepted_at + t.after, accepted_at + t.after + interval '1 day', 86400000, 'completed', 50,
       accepted_at + t.after + interval '3 days'
  from aged,
       (values (1, 'Task_AssessCase', '研判定级', 'zhaomin', interval '1 hour'),
               (2, 'Task_SignOrder', '签收交办单', 'dongliang', interval '1 day'),
               (3, 'Task_HandleOrder', '办理交办事项', 'dongliang', interval '2 days'),
               (4, 'Task_Feedback', '反馈办理结果', 'wangfang', interval '14 days'),
               (5, 'Task_ReturnVisit', '回访评价', 'chenjing', interval '18 days')) t(k, key, name, who, after);

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                            execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_,
                            act_inst_state_, sequence_counter_)
select 'h' || n || 'a' || s.k, 'h' || n, 'caseHandling', procdef, 'h' || n, 'h' || n, 'h' || n, s.act, s.act,
       s.type, accepted_at + s.k * interval '2 days', accepted_at + s.k * interval '2 days' + interval '1 second',
       1000, 1, s.k
  from aged,
       (values (0, 'Event_MatterReceived', 'startEvent'), (1, 'Task_AssessCase', 'userTask'),
               (2, 'Task_SignOrder', 'userTask'), (3, 'Task_HandleOrder', 'userTask'),
               (4, 'Task_Feedback', 'userTask'), (5, 'Task_ReturnVisit', 'userTask'),
               (6, 'Task_RegisterCase', 'serviceTask'), (7, 'Event_CaseClosed', 'noneEndEvent')) s(k, act, type);

insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                            act_inst_id_, name_, var_type_, rev_, text_, create_time_, state_)
select 'h' || n || 'v' || v.k, 'caseHandling', procdef, 'h' || n, 'h' || n, 'h' || n, 'h' || n, v.name, 'string', 1,
       case v.name when 'grade' then 'GENERAL' when 'leadUnit' then unit when 'matterType' then matter_type
                   when 'channel' then channel else 'x' end,
       accepted_at, 'CREATED'
  from aged,
       (values (1, 'grade'), (2, 'mode'), (3, 'leadUnit'), (4, 'matterType'), (5, 'channel'),
               (6, 'routeBasis')) v(k, name);

analyze;
