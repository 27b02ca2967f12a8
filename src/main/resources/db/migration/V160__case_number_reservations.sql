-- Case numbers are taken in a transaction of their own that commits at once, so the counter row is
-- locked for one update, not for a whole registration (issue 17: every intake queued behind the
-- one before, 0.12x bare Camunda). A taken number is held here until the registration that took it
-- commits its case (and deletes the row in the same transaction). A registration that fails gives
-- its number back (released); one that never finished (kill -9 between the two) leaves its row,
-- which is given out again after a while. So every number the counter passed is either a case or a
-- row here, and the next registration fills the lowest one first: the series has no lasting gaps.
create table case_number_reservations (
    case_no     varchar(32) primary key,
    centre_code varchar(32) not null,
    token       varchar(36) not null,
    reserved_at timestamptz not null,
    released    boolean     not null default false
);
