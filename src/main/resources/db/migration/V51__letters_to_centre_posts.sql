-- Every step with a time limit (签收, 研判, 协办, 反馈, 回访 …) is supervised like the unit's handling.
-- A step the centre itself owes (研判, 反馈, 回访 …) is chased with a letter to the post that holds
-- it: the role group, e.g. assessor.
alter table letters add column recipient_post varchar(64);
do $$
declare
    recipient_check text;
begin
    select conname into recipient_check
      from pg_constraint
     where conrelid = 'letters'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%recipient_unit_code IS NOT NULL%recipient_user_id IS NOT NULL%';
    if recipient_check is not null then
        execute format('alter table letters drop constraint %I', recipient_check);
    end if;
end
$$;
alter table letters add constraint letters_recipient_check
    check (recipient_unit_code is not null or recipient_user_id is not null or recipient_post is not null);
