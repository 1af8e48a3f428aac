-- the result issued for the dossier, kept in the document store and its register
alter table dossier.dossier
    add column result_document      uuid,
    add column result_code          text,
    add column result_number_symbol text;
