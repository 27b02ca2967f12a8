-- How a case was closed: after a return visit that reached the citizen, or as 无法联系 after the
-- visits failed on three different days. Closed cases before this version were all visited ones.
alter table cases add column closed_as varchar(16) check (closed_as in ('VISITED', 'UNREACHABLE'));
update cases set closed_as = 'VISITED' where status = 'CLOSED';
