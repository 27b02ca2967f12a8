-- Working-day calendar for supervision deadlines (supervision/). Only exceptions are stored:
-- Monday to Friday are working days and Saturday and Sunday are not, unless a row says otherwise
-- (a 法定节假日 on a weekday, a 调休上班 Saturday or Sunday). Deadlines count days in China time.
create table calendar_days (
    day        date         primary key,
    kind       varchar(16)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(100) not null,
    -- The notice the day comes from, e.g. 《国务院办公厅关于2026年部分节假日安排的通知》国办发明电〔2025〕7号.
    source     varchar(300) not null,
    updated_at timestamptz  not null,
    -- The loader of supervision/public-holidays.yml, or the administrator who set the day through
    -- the API; the loader never overwrites a row someone else updated.
    updated_by varchar(64)  not null
);
-- The primary key also serves the one query by range (a year's exceptions).

-- Days an administrator removed through the API, so the holiday file does not bring them back at
-- the next start. Setting the day again through the API clears the mark.
create table calendar_day_removals (
    day        date        primary key,
    removed_at timestamptz not null,
    removed_by varchar(64) not null
);
