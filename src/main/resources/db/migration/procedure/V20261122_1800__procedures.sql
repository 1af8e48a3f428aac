create schema if not exists procedure;

-- A procedure of the national catalogue, by its national code (e.g. 1.001193).
create table procedure.procedure (
    code       text primary key check (code ~ '^[0-9]\.[0-9]{6}$'),
    created_at timestamptz not null default now()
);

-- One row per version: an import of changed content adds the next version and closes the previous one.
-- valid_to is the last day a version applies (inclusive); null while it is the latest.
create table procedure.procedure_version (
    code        text    not null references procedure.procedure (code),
    version     integer not null check (version > 0),
    name        text    not null,
    field       text    not null,
    field_key   text    not null,
    levels      text[]  not null check (levels <@ array['province', 'commune']::text[] and cardinality(levels) > 0),
    search_text text    not null,
    content     jsonb   not null,
    fingerprint text    not null,
    valid_from  date    not null,
    valid_to    date,
    source      text    not null,
    recorded_by text    not null,
    recorded_at timestamptz not null default now(),
    primary key (code, version),
    check (valid_to is null or valid_to >= valid_from)
);
create index procedure_version_validity on procedure.procedure_version (valid_from, valid_to);

-- Workflow definitions are never updated: every save appends the next version.
create table procedure.workflow_version (
    code       text    not null references procedure.procedure (code),
    version    integer not null check (version > 0),
    steps      jsonb   not null,
    note       text,
    created_by text    not null,
    created_at timestamptz not null default now(),
    primary key (code, version)
);
