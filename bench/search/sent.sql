-- after: the application sends the vector (SearchVector) and PostgreSQL reads it
\set n random(1, 2000)
insert into document.search_item (kind, id, title, body, folded_title, folded, vector, province_code, commune_code)
select 'bench', gen_random_uuid()::text, folded_title, folded, folded_title, folded, cast(vector as tsvector), '01', '00004'
from bench_vector_source where n = :n;
