-- the required paper a document satisfies: its 1-based position in the procedure version's list, and its name then
alter table dossier.document add column paper int;
alter table dossier.document add column paper_name text;

-- papers whose original the counter officer saw at receipt (identity papers, papers only shown)
create table dossier.presented_paper (
    dossier      text not null references dossier.dossier (code),
    paper        int not null,
    paper_name   text not null,
    presented_by text not null,
    presented_at timestamptz not null,
    primary key (dossier, paper)
);

-- a postal dossier: the postmark (or arrival) date the officer read on the envelope
create table dossier.postal_arrival (
    dossier       text primary key references dossier.dossier (code),
    postmarked_on date not null
);

-- a replay with the same key must carry the same request; a different one is refused
alter table dossier.idempotency_key add column request_hash text;
