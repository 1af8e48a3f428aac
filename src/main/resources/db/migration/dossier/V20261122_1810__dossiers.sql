create schema if not exists dossier;

create table dossier.dossier (
    code                            text primary key,
    procedure_code                  text not null,
    procedure_version               int not null,
    workflow_version                int not null,
    procedure_name                  text not null,
    channel                         text not null check (channel in ('online', 'counter', 'post')),
    applicant_username              text,
    applicant_name                  text not null,
    applicant_id_number             text,
    applicant_address               text,
    applicant_email                 text,
    applicant_phone                 text,
    receiving_province              text not null,
    receiving_commune               text not null,
    competent_level                 text not null,
    processing_level                text not null,
    status                          text not null,
    submitted_at                    timestamptz not null,
    received_at                     timestamptz,
    due_at                          timestamptz,
    original_due_at                 timestamptz,
    calendar_revision               bigint,
    holidays_skipped                text not null default '',
    time_limit_minutes              bigint not null,
    cut_off                         time,
    paused_at                       timestamptz,
    paused_remaining_minutes        bigint,
    supplement_requested_in_process boolean not null default false,
    extended_at                     timestamptz,
    extension_reason                text,
    finished_at                     timestamptz,
    check_code_hash                 text not null,
    version                         int not null
);

create index dossier_commune_status on dossier.dossier (receiving_commune, status);
create index dossier_province_status on dossier.dossier (receiving_province, status);
create index dossier_applicant on dossier.dossier (applicant_username, submitted_at desc);
create index dossier_due on dossier.dossier (due_at) where status in ('received', 'in_process', 'processed');

create table dossier.transition (
    id          bigserial primary key,
    dossier     text not null references dossier.dossier (code),
    action      text not null,
    from_status text,
    to_status   text not null,
    actor       text not null,
    at          timestamptz not null,
    reason      text
);

create index transition_dossier on dossier.transition (dossier, id);

create table dossier.document (
    id          bigserial primary key,
    dossier     text not null references dossier.dossier (code),
    name        text not null,
    media_type  text not null,
    size        bigint not null,
    sha256      text not null,
    content     bytea not null,
    reused_from bigint references dossier.document (id),
    added_by    text not null,
    added_at    timestamptz not null
);

create index document_dossier on dossier.document (dossier, id);

-- one row per receiving unit and day, locked "for update" while the next number is taken
create table dossier.code_sequence (
    agency text not null,
    day    date not null,
    last   bigint not null,
    primary key (agency, day)
);

create table dossier.idempotency_key (
    username    text not null,
    key         text not null,
    dossier     text not null references dossier.dossier (code),
    response    text not null,
    created_at  timestamptz not null,
    primary key (username, key)
);
