-- Diacritic-insensitive search shared by modules. The text is folded by the application
-- (vn.haicap.shared.VietnameseText.searchKey: no diacritics or tone marks, whatever their placement, đ as d,
-- lowercase) before it is stored; document.fold() does the same in SQL (unaccent) for ad-hoc queries.
create extension if not exists unaccent;

create function document.fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, translate(value, 'đĐ', 'dD'))) $$;

-- One row per searchable thing (a document, a dossier, ...), keyed by its kind and id. The owner and the
-- province and commune codes carry the permission filter.
create table document.search_item (
    kind          text        not null,
    id            text        not null,
    title         text        not null,
    body          text        not null default '',
    folded_title  text        not null,
    folded        text        not null,
    owner         text,
    province_code text,
    commune_code  text,
    item_date     date,
    updated_at    timestamptz not null default now(),
    -- words of the title weigh more in the ranking than those of the text
    vector        tsvector generated always as (
                      setweight(to_tsvector('simple'::regconfig, folded_title), 'A')
                      || setweight(to_tsvector('simple'::regconfig, folded), 'B')) stored,
    primary key (kind, id)
);

create index search_item_vector on document.search_item using gin (vector);
create index search_item_owner on document.search_item (owner);
create index search_item_province on document.search_item (province_code);
create index search_item_commune on document.search_item (commune_code);
