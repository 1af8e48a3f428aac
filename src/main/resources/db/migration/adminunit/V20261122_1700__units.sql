-- The administrative-unit registry: every version of every unit, the reorganisation events that
-- ended and started versions, and the lineage links between them. Seeded from the official data set
-- at start-up (see vn.haicap.adminunit.seeding); the application never edits it otherwise.
--
-- Identity is (code, level, validity), not the code: codes are reused across eras (old commune 00004
-- Phường Trúc Bạch is not new commune 00004 Phường Ba Đình; old province 91 Kiên Giang is not new 91
-- An Giang). Validity is a closed interval of days: valid_from and valid_to are both in force
-- (valid_to inclusive); null valid_from means "before the start of coverage" (the old register does
-- not say since when), null valid_to means "still in force".

create schema if not exists adminunit;

-- trigram search on the normalised keys; btree_gist for the no-overlap rule. Both ship with PostgreSQL.
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

create table adminunit.unit_version (
    id            bigint primary key,
    code          text    not null,
    level         text    not null check (level in ('province', 'district', 'commune')),
    name          text    not null,
    full_name     text    not null,
    type          text    not null,
    parent_code   text,
    province_code text,
    valid_from    date,
    valid_to      date,
    name_en       text,
    area_km2      numeric(12, 2),
    population    bigint,
    stats_flag    text,
    admin_center  text,
    -- lowercase, without diacritics or apostrophes, đ -> d: "phuong ba dinh"
    search_key    text    not null,
    -- search_key of the full name and of every alias, separated by '|'
    search_text   text    not null,
    constraint code_format check (
        (level = 'province' and code ~ '^[0-9]{2}$')
        or (level = 'district' and code ~ '^[0-9]{3}$')
        or (level = 'commune' and code ~ '^[0-9]{5}$')),
    constraint validity_order check (valid_from is null or valid_to is null or valid_from <= valid_to),
    constraint one_version_per_day exclude using gist (
        code with =, level with =, daterange(valid_from, valid_to, '[]') with &&)
);

create index unit_version_parent on adminunit.unit_version (parent_code, level);
create index unit_version_province on adminunit.unit_version (province_code, level);
create index unit_version_level_validity on adminunit.unit_version (level, valid_from, valid_to);
create index unit_version_search on adminunit.unit_version using gin (search_text gin_trgm_ops);

-- names the register spelled differently for the same version (earlier spellings, the statistics office's)
create table adminunit.unit_alias (
    version_id bigint not null references adminunit.unit_version (id),
    full_name  text   not null,
    kind       text   not null check (kind in ('earlier_spelling', 'nso_spelling')),
    note       text,
    primary key (version_id, full_name)
);

create table adminunit.reorganisation_event (
    id             bigint primary key,
    kind           text not null check (kind in ('merge', 'split', 'partial_transfer', 'rename', 'type_change',
                                                 'new_unit', 'abolished_level', 'unchanged')),
    effective_date date not null,
    legal_basis    text not null,
    description    text not null
);

-- predecessor -> successor through an event. A link without successor ends a version with nothing to
-- take its place at its level (the districts on 1 July 2025); it has no relation either.
create table adminunit.lineage_link (
    event_id       bigint not null references adminunit.reorganisation_event (id),
    predecessor_id bigint not null references adminunit.unit_version (id),
    successor_id   bigint references adminunit.unit_version (id),
    relation       text check (relation in ('whole', 'partial', 'unchanged', 'renamed')),
    constraint relation_with_successor check ((successor_id is null) = (relation is null)),
    unique nulls not distinct (event_id, predecessor_id, successor_id)
);

create index lineage_link_predecessor on adminunit.lineage_link (predecessor_id);
create index lineage_link_successor on adminunit.lineage_link (successor_id);

-- what was seeded: the sha-256 of the data set (and of the seeding rules' version)
create table adminunit.dataset_state (
    id          int primary key check (id = 1),
    fingerprint text        not null,
    seeded_at   timestamptz not null,
    versions    int         not null,
    events      int         not null,
    links       int         not null
);
