-- The text of a paper submitted with a dossier is extracted after the submission, in the background, so
-- that a submission stays fast: extracted_text is the one column that may be filled in later, once (from
-- empty). Everything else of a version still never changes.
create or replace function document.refuse_update() returns trigger language plpgsql as $$
begin
    if old.extracted_text = '' and (to_jsonb(new) - 'extracted_text') = (to_jsonb(old) - 'extracted_text') then
        return new;
    end if;
    raise exception 'document versions are never changed: add a new version instead';
end
$$;

-- Bytes staged by a migration (dossier papers once kept as bytea) until the application writes them to
-- the blob store at start (vn.haicap.document.LegacyBlobImport) and deletes the row.
create table document.blob_import (
    sha256  char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content bytea not null
);
