-- before: PostgreSQL parses the folded text (the trigger, as the generated column did)
\set n random(1, 2000)
insert into document.search_item (kind, id, title, body, folded_title, folded, province_code, commune_code)
select 'bench', gen_random_uuid()::text, folded_title, folded, folded_title, folded, '01', '00004'
from bench_vector_source where n = :n;
