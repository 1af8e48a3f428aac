-- The search queue leaves the database: a submission hands its dossier to an in-memory queue after commit, and
-- a restart looks again at the dossiers submitted since the watermark that have no search item
-- (vn.haicap.dossier.DossierIndexing). One row, moved forward while nothing waits; nothing written per dossier.
create table dossier.search_watermark (
    id             int primary key default 1 check (id = 1),
    indexed_before timestamptz not null
);

insert into dossier.search_watermark (indexed_before)
select coalesce(min(d.submitted_at), now()) from dossier.search_job j join dossier.dossier d on d.code = j.dossier;

drop table dossier.search_job;

create index dossier_submitted on dossier.dossier (submitted_at, code);
