-- (Idempotent: it can be re-applied over an earlier copy of itself.)
-- Import jobs survive a restart: the job, its progress and the rows it rejected are stored as it runs.
-- A job found queued or running when the application starts was interrupted by a stop.
create table if not exists workforce.import_job (
    id             uuid primary key,
    username       text not null,
    file_name      text not null,
    format         text not null,
    status         text not null check (status in ('queued', 'running', 'done', 'failed', 'interrupted')),
    size_bytes     bigint not null default 0,
    processed      bigint not null default 0,
    accepted       bigint not null default 0,
    rejected_count bigint not null default 0,
    percent        integer,
    failure_code   text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index if not exists import_job_user on workforce.import_job (username, created_at desc);

create table if not exists workforce.import_rejection (
    job_id    uuid not null references workforce.import_job (id) on delete cascade,
    line      bigint not null,
    code      text not null,
    arguments text[] not null default '{}',
    primary key (job_id, line)
);

-- Optimistic locking of a person's record, and the name without diacritics for search.
alter table workforce.person add column if not exists version integer not null default 0;
alter table workforce.person add column if not exists search_name text not null default '';
create index if not exists person_search_name on workforce.person (search_name text_pattern_ops);
create index if not exists person_category on workforce.person (category);

-- Statistics as of a day over millions of people: departures by agency and date, assignments in force.
create index if not exists outcome_departures on workforce.outcome (effective_date, agency_id)
    where kind in ('early_retirement', 'resignation', 'retired', 'other');
create index if not exists assignment_agency_period on workforce.assignment (agency_id, valid_from, valid_to)
    include (person_id, position_id, full_time);
create index if not exists job_position_agency on workforce.job_position (agency_id);
update workforce.person set search_name = lower(full_name) where search_name = '';
