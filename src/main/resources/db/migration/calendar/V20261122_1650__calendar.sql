create schema if not exists calendar;

-- A year whose official notice is recorded; other years are forecast from the statutory rules.
create table calendar.official_year (
    year        integer primary key check (year between 2000 and 2100),
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);

create table calendar.calendar_day (
    day         date primary key,
    kind        text not null check (kind in ('holiday', 'compensatory', 'swapped', 'makeup_workday')),
    occasion    text,
    note        text,
    legal_basis text,
    updated_by  text        not null,
    updated_at  timestamptz not null default now()
);

-- Bumped by every change, and stored with each computed deadline so that a reader knows which
-- calendar produced it.
create table calendar.calendar_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into calendar.calendar_revision (id, revision) values (1, 1);
