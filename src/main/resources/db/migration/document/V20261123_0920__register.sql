-- The register of issued documents (sổ đăng ký văn bản đi, Decree 30/2020 Art. 15-16) with the
-- result code that anyone can verify, and the number series per issuer and year.
create table document.number_series (
    issuer text    not null,
    year   integer not null,
    next   integer not null default 1,
    primary key (issuer, year)
);

create table document.register_entry (
    id               uuid primary key,
    document_id      uuid        not null references document.document (id),
    result_code      text        not null unique,
    issuer           text        not null,
    year             integer     not null,
    number           integer     not null check (number >= 1),
    number_symbol    text        not null,
    document_type    text        not null,
    summary          text        not null,
    signer           text        not null,
    issued_on        date        not null,
    retention_class  text        not null check (retention_class in ('permanent', 'fixed')),
    retention_years  integer check (retention_years between 2 and 70),
    dossier_code     text,
    province_code    text,
    commune_code     text,
    destroyed_at     timestamptz,
    recorded_at      timestamptz not null default now(),
    recorded_by      text        not null,
    unique (issuer, year, number),
    check ((retention_class = 'permanent') = (retention_years is null))
);

create index register_due on document.register_entry ((year + retention_years)) where retention_years is not null;
