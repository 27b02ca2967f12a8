-- A letter is due once per handling round and responsible unit, not once per case: after 不满意
-- the case is reopened and handled again (by another unit or the same one), and a late second
-- round must get its own letters instead of the first round's being found and sent again.
--   handling_round: the case's reopen count when the letter was issued (0 = first round);
--   step:           the time-limit step that is late (timeLimits' step, e.g. HANDLE);
--   responsible:    the Camunda group that owes the step, e.g. unit-ZJJ.
alter table letters add column handling_round integer     not null default 0 check (handling_round >= 0);
alter table letters add column step           varchar(32) not null default 'HANDLE';
alter table letters add column responsible    varchar(64);

-- Letters issued before: their round is the number of reopenings before they were issued.
update letters l
   set handling_round = (select count(*) from case_events e
                          where e.case_no = l.case_no and e.kind = 'REOPENED' and e.occurred_at <= l.issued_at),
       responsible = coalesce('unit-' || l.recipient_unit_code, l.recipient_user_id);

alter table letters alter column responsible set not null;
alter table letters alter column step drop default;
alter table letters drop constraint letters_case_kind_step_uq;
alter table letters add constraint letters_round_step_responsible_kind_rung_uq
    unique (case_no, handling_round, step, responsible, kind, ladder_step);
