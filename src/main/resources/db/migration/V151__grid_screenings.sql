-- 网格员排查: what grid workers find on patrol. A matter resolved on the spot (就地化解) is recorded
-- and counted here and never becomes a case; a matter handed to the centre becomes a case of the
-- GRID channel through intake, and its row here names the case. No citizen's name or phone is kept
-- here: a handed-over matter's people are in the ledger, sealed like every case's.
create table grid_screenings (
    id               bigserial      primary key,
    reported_by      varchar(100)   not null,
    township_code    varchar(32)    not null,
    village_code     varchar(32),
    address          varchar(300),
    matter_type      varchar(100)   not null,
    summary          varchar(2000)  not null,
    people_involved  integer        not null check (people_involved between 1 and 100000),
    disposition      varchar(20)    not null check (disposition in ('RESOLVED_ON_SPOT', 'HANDED_OVER')),
    resolution       varchar(1000),
    case_no          varchar(32)    references cases (case_no),
    reported_at      timestamptz    not null,
    check ((disposition = 'HANDED_OVER') = (case_no is not null)),
    check (disposition <> 'RESOLVED_ON_SPOT' or resolution is not null)
);
create index grid_screenings_reported_idx on grid_screenings (reported_at);
create index grid_screenings_worker_idx on grid_screenings (reported_by, reported_at);

-- Photos of a matter resolved on the spot (随手拍); a handed-over matter's photos are the case's documents.
create table grid_screening_photos (
    id            bigserial     primary key,
    screening_id  bigint        not null references grid_screenings (id),
    file_name     varchar(200)  not null,
    media_type    varchar(60)   not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    check (octet_length(content) = size_bytes)
);
alter table grid_screening_photos alter column content set storage external;
create index grid_screening_photos_screening_idx on grid_screening_photos (screening_id);
