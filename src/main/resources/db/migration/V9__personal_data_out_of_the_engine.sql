-- The window's start form used to pass the reporter's name, phone and ID number through the
-- engine; they live in our ledger only. Remove what earlier versions left in Camunda's tables
-- (runtime and history variables, form-field history, and the byte arrays these point to).
do $$
declare
    personal constant text[] := array['reporterName', 'reporterPhone', 'reporterIdNumber'];
begin
    if to_regclass('act_hi_detail') is not null then
        create temporary table personal_bytes on commit drop as
            select bytearray_id_ as id from act_hi_detail where name_ = any (personal) and bytearray_id_ is not null
            union select bytearray_id_ from act_hi_varinst where name_ = any (personal) and bytearray_id_ is not null
            union select bytearray_id_ from act_ru_variable where name_ = any (personal) and bytearray_id_ is not null;
        delete from act_hi_detail where name_ = any (personal);
        delete from act_hi_varinst where name_ = any (personal);
        delete from act_ru_variable where name_ = any (personal);
        delete from act_ge_bytearray where id_ in (select id from personal_bytes);
    end if;
end
$$;
