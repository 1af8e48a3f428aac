create schema if not exists document;

-- One row per version of a document. A new version is a new row pointing to the one it replaces: rows
-- are never updated (the trigger below refuses it), so what was filed stays as it was filed.
create table document.document (
    id            uuid primary key,
    sha256        char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    text        not null,
    size          bigint      not null check (size > 0),
    file_name     text        not null,
    owner         text        not null,
    kind          text        not null check (kind in ('paper', 'result', 'internal')),
    title         text        not null,
    issuer        text,
    language      text,
    page_count    integer,
    dossier_code  text,
    province_code text,
    commune_code  text,
    valid_until   date,
    previous_id   uuid references document.document (id),
    version       integer     not null default 1 check (version >= 1),
    extracted_text text       not null default '',
    created_at    timestamptz not null default now(),
    created_by    text        not null
);

-- a chain, never a tree: a version is replaced at most once
create unique index document_previous on document.document (previous_id) where previous_id is not null;
create index document_owner on document.document (owner, kind);
create index document_sha256 on document.document (sha256);
create index document_dossier on document.document (dossier_code) where dossier_code is not null;

create function document.refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'document versions are never changed: add a new version instead';
end
$$;

create trigger document_never_updated before update on document.document
    for each row execute function document.refuse_update();
