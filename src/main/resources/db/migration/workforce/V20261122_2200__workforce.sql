create schema if not exists workforce;

-- An agency (cơ quan, đơn vị) of a province or a commune. valid_to is the last day it existed
-- (inclusive); a merged agency keeps its rows as history and names the one it became.
create table workforce.agency (
    id            uuid primary key,
    code          text not null unique,
    name          text not null,
    kind          text not null check (kind in ('peoples_committee', 'peoples_council', 'provincial_department',
                                                'commune_office', 'public_service_unit')),
    unit_code     text not null,
    province_code text not null,
    valid_from    date not null,
    valid_to      date,
    merged_into   uuid references workforce.agency (id),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);
create index agency_unit on workforce.agency (unit_code);
create index agency_province on workforce.agency (province_code);

-- A job position (vị trí việc làm) of an agency with its headcount quota.
create table workforce.job_position (
    id                     uuid primary key,
    agency_id              uuid not null references workforce.agency (id),
    code                   text not null,
    title                  text not null,
    position_group         text not null check (position_group in ('leadership', 'professional', 'support')),
    specialism             text not null,
    required_rank          text,
    required_qualification text,
    quota                  integer not null check (quota >= 0),
    unique (agency_id, code)
);

-- Personal data: readable only within the jurisdiction of the agencies the person worked for.
create table workforce.person (
    id                 uuid primary key,
    identity_number    text not null unique,
    full_name          text not null,
    sex                text not null check (sex in ('male', 'female')),
    birth_date         date not null,
    ethnicity          text,
    education          text,
    category           text not null check (category in ('cadre', 'civil_servant', 'public_employee',
                                                          'commune_part_timer', 'contract_worker')),
    rank               text,
    salary_coefficient numeric(5, 2) check (salary_coefficient is null or salary_coefficient > 0),
    recorded_province  text,
    recorded_unit      text,
    recorded_by        text not null,
    recorded_at        timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- A person's assignment to an agency (and a position of it) from a day to a day (inclusive; open while
-- in force), by a decision. Full-time assignments of one person never overlap (checked under a lock on
-- the person).
create table workforce.assignment (
    id              uuid primary key,
    person_id       uuid not null references workforce.person (id),
    agency_id       uuid not null references workforce.agency (id),
    position_id     uuid references workforce.job_position (id),
    valid_from      date not null,
    valid_to        date,
    full_time       boolean not null,
    decision_number text,
    recorded_by     text not null,
    recorded_at     timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from),
    unique (person_id, agency_id, valid_from)
);
create index assignment_person on workforce.assignment (person_id);
create index assignment_agency on workforce.assignment (agency_id);

-- What the 2025 reorganisation meant for a person, in the agency they were in.
create table workforce.outcome (
    id             uuid primary key,
    person_id      uuid not null references workforce.person (id),
    agency_id      uuid not null references workforce.agency (id),
    kind           text not null check (kind in ('kept', 'transferred', 'early_retirement', 'resignation',
                                                  'retired', 'other')),
    effective_date date not null,
    to_agency_id   uuid references workforce.agency (id),
    policy         text,
    amount_paid    numeric(15, 0) check (amount_paid is null or amount_paid >= 0),
    decision_number text,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    unique (person_id, kind, effective_date)
);
create index outcome_agency_date on workforce.outcome (agency_id, effective_date);
