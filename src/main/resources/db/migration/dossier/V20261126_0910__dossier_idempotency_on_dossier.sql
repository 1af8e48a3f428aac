-- A submission's Idempotency-Key lives on the dossier it created (vn.haicap.dossier.store.DossierStore.SubmissionKey):
-- one row fewer per dossier. Keys are kept as long as their dossier.
alter table dossier.dossier
    add column idempotency_username text,
    add column idempotency_key      text,
    add column idempotency_hash     text,
    add column idempotency_response text;

update dossier.dossier d
set idempotency_username = k.username, idempotency_key = k.key, idempotency_hash = k.request_hash,
    idempotency_response = k.response
from dossier.idempotency_key k
where k.dossier = d.code;

create unique index dossier_idempotency on dossier.dossier (idempotency_username, idempotency_key)
    where idempotency_key is not null;

drop table dossier.idempotency_key;
