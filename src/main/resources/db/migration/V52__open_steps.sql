-- The steps open now, each a user task with its time limit: written when the task is created,
-- removed when it is completed or cancelled. The daily supervision list reads which step of a
-- case is late, and who owes it, from here rather than from the engine's tables.
create table open_steps (
    task_id     varchar(64)  primary key,
    case_no     varchar(32)  not null,
    step        varchar(32)  not null,
    step_name   varchar(100) not null,
    -- the Camunda group that owes the step: unit-ZJJ for a unit, assessor for a centre post
    responsible varchar(64)  not null,
    due_at      timestamptz  not null,
    opened_at   timestamptz  not null
);
create index open_steps_case_idx on open_steps (case_no, due_at);
