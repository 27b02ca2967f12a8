-- Gapless numbers (case numbers, letter numbers) are taken in a transaction of their own that
-- commits at once, so a counter row is locked for one update, not for a whole registration or a
-- whole timer job (issue 17: every intake queued behind the one before, 0.12x bare Camunda; the
-- counter upsert averaged 730 ms under load, all of it waiting for the lock). A taken number is
-- held here until the transaction that took it commits its case or letter and deletes the row in
-- the same transaction. One that fails gives its number back (released); one that never finished
-- (kill -9 between the two) leaves its row, which is given out again after a while. So every
-- number a counter passed is either on a case or letter or a row here, and the next one to take a
-- number of the series gets the lowest such row first: the series has no lasting gaps.
create table number_reservations (
    series      varchar(64) not null,
    year        integer     not null,
    sequence    bigint      not null,
    token       varchar(36) not null,
    reserved_at timestamptz not null,
    released    boolean     not null default false,
    primary key (series, year, sequence)
);
