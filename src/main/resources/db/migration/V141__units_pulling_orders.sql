-- A unit without an endpoint may have its own system pull its 交办单 as Camunda external tasks
-- (topic order-<unit code>) with the unit's login, instead of only finding them in Tasklist.
alter table units add column pulls_orders boolean not null default false;
