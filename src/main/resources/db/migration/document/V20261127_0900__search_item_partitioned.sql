-- The search index in 32 hash partitions of (kind, id). A broad query needs only its first matches
-- (SearchIndex.COUNT_CAP): PostgreSQL reads the partitions one after another and stops once it has them, so a
-- query whose words are in a fifth of all items builds the GIN bitmap of one partition, not of the whole
-- index. The hash also spreads items that were written together, so matches that cluster in time do not
-- cluster in a partition (docs/adr/0008-document-store.md, docs/benchmarks.md).
create table document.search_item_partitioned (
    like document.search_item including defaults including generated
) partition by hash (kind, id);

do $$
begin
    for remainder in 0..31 loop
        execute format(
            'create table document.search_item_%s partition of document.search_item_partitioned'
                || ' for values with (modulus 32, remainder %s)',
            lpad(remainder::text, 2, '0'), remainder);
    end loop;
end
$$;

insert into document.search_item_partitioned
    (kind, id, title, body, folded_title, folded, owner, province_code, commune_code, item_date, updated_at)
select kind, id, title, body, folded_title, folded, owner, province_code, commune_code, item_date, updated_at
from document.search_item;

drop table document.search_item;
alter table document.search_item_partitioned rename to search_item;

alter table document.search_item add primary key (kind, id);
create index search_item_vector on document.search_item using gin (vector);
create index search_item_owner on document.search_item (owner);
create index search_item_province on document.search_item (province_code);
create index search_item_commune on document.search_item (commune_code);
