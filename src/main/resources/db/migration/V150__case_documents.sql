-- Documents kept on a case (案件材料): photos, scans and PDFs uploaded by staff, and the PDFs the
-- system writes (调解协议书, 司法确认申请书). The bytes live in the database, not in files beside it:
-- one transaction writes the document and its trail line, fsync and the WAL keep it after kill -9,
-- and a backup of the database (pg_dump, base backup) holds the case and its documents together.
create table case_documents (
    id           bigserial     primary key,
    case_no      varchar(32)   not null references cases (case_no),
    kind         varchar(40)   not null,
    file_name    varchar(200)  not null,
    media_type   varchar(60)   not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    sha256       char(64)      not null,
    description  varchar(200),
    added_by     varchar(100)  not null,
    added_at     timestamptz   not null,
    content      bytea         not null,
    check (octet_length(content) = size_bytes)
);
-- Photos and PDFs are compressed already: store them out of line without trying again.
alter table case_documents alter column content set storage external;
create index case_documents_case_idx on case_documents (case_no, added_at);
