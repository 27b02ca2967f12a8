-- What a person entered when completing a step (会商 minutes, 一事一策 plan, 裁定书编号 …), kept in
-- the trail line of that completion: the engine's history is cleaned up, the ledger is the record.
-- A JSON array of {key, label, value} in the form's order, only the fields the form showed.
alter table case_events add column step_values jsonb;
