-- Dossier papers move into the document store (ADR 0008, docs/adr/0011-dossier-papers-in-document-store.md):
-- the dossier keeps a reference to the document (its id and the paper it satisfies), the bytes go to the
-- blob store by their SHA-256. A one-off exception to "a module writes only its own schema": the rows are
-- created here, in one transaction with the change of this table, and the bytes are staged in
-- document.blob_import, which the document module drains into the blob store when the application starts.
alter table dossier.document add column document_id uuid;

create temporary table paper_owner on commit drop as
select d.id, d.sha256, coalesce(x.applicant_username, x.applicant_id_number, x.code) as owner
from dossier.document d
join dossier.dossier x on x.code = d.dossier;

-- one document per owner and content (the owner's wallet lists it once), with the first upload's metadata
insert into document.document (id, sha256, media_type, size, file_name, owner, kind, title, dossier_code,
    province_code, commune_code, created_at, created_by)
select distinct on (o.owner, d.sha256)
    gen_random_uuid(), d.sha256, d.media_type, d.size, d.name, o.owner, 'paper', coalesce(d.paper_name, d.name),
    d.dossier, x.receiving_province, x.receiving_commune, d.added_at, d.added_by
from dossier.document d
join paper_owner o on o.id = d.id
join dossier.dossier x on x.code = d.dossier
order by o.owner, d.sha256, d.id;

update dossier.document d
set document_id = (select doc.id from document.document doc
                   where doc.owner = o.owner and doc.sha256 = o.sha256 and doc.kind = 'paper'
                   order by doc.created_at, doc.id limit 1)
from paper_owner o
where o.id = d.id;

insert into document.blob_import (sha256, content)
select distinct on (sha256) sha256, content from dossier.document order by sha256, id
on conflict do nothing;

alter table dossier.document alter column document_id set not null;
alter table dossier.document drop column content;
create index document_document_id on dossier.document (document_id);

-- Dossiers waiting to be (re)indexed for search, drained in the background (vn.haicap.dossier.DossierIndexing)
create table dossier.search_job (
    dossier   text primary key references dossier.dossier (code),
    queued_at timestamptz not null default now()
);

insert into dossier.search_job (dossier) select code from dossier.dossier;
