-- One batch of the generated corpus: rows :from .. :from + :batch - 1 of document.search_item, 30 % of them
-- dossiers (code, procedure, applicant, unit, date, papers' text), the rest documents (a paper's text).
-- Deterministic: row i is always the same. psql -v from=0 -v batch=100000 -f corpus-batch.sql
with sizes as (
    select (select count(*) from bench_corpus.commune) as communes,
           (select count(*) from bench_corpus.procedure) as procedures,
           (select count(*) from bench_corpus.word where list = 'family') as families,
           (select count(*) from bench_corpus.word where list = 'middle') as middles,
           (select count(*) from bench_corpus.word where list = 'given') as givens,
           (select count(*) from bench_corpus.word where list = 'paper') as papers
), picks as (
    select i,
           1 + abs(hashint8(i)) % s.communes as c,
           1 + abs(hashint8(i * 7 + 1)) % s.procedures as p,
           1 + abs(hashint8(i * 7 + 2)) % s.papers as k,
           1 + abs(hashint8(i * 7 + 12)) % s.papers as k2,
           1 + abs(hashint8(i * 7 + 5)) % s.families as f1,
           1 + abs(hashint8(i * 11 + 6)) % s.middles as m1,
           1 + abs(hashint8(i * 13 + 7)) % s.givens as g1,
           1 + abs(hashint8(i * 17 + 8)) % s.families as f2,
           1 + abs(hashint8(i * 19 + 9)) % s.middles as m2,
           1 + abs(hashint8(i * 23 + 10)) % s.givens as g2,
           date '2025-07-01' + (abs(hashint8(i * 7 + 3)) % 500)::int as day,
           date '1950-01-01' + (abs(hashint8(i * 7 + 4)) % 20000)::int as birth
    from sizes s, generate_series(:from::bigint, :from::bigint + :batch - 1) i
), rows as (
    select x.i, x.day, cm.code as commune, cm.province_code as province,
           case when x.i % 10 < 3 then 'dossier' else 'document' end as kind,
           case when x.i % 10 < 3
                then 'H' || cm.province_code || '.' || cm.code || '-' || to_char(x.day, 'YYMMDD') || '-' || x.i
                else 'bench-' || x.i end as id,
           case when x.i % 10 < 3
                then 'H' || cm.province_code || '.' || cm.code || '-' || to_char(x.day, 'YYMMDD') || ' — ' || pr.name
                else pa.word || ' — ' || f1.word || ' ' || m1.word || ' ' || g1.word end as title,
           pa.word || '. Kính gửi: Ủy ban nhân dân ' || cm.full_name || ', ' || cm.province_name
               || '. Họ và tên người yêu cầu: ' || f1.word || ' ' || m1.word || ' ' || g1.word
               || '. Ngày sinh: ' || to_char(x.birth, 'DD/MM/YYYY')
               || '. Số định danh cá nhân: 0' || cm.province_code || lpad((x.i % 1000000000)::text, 9, '0')
               || '. Nơi thường trú: ' || cm.full_name || ', ' || cm.province_name
               || '. Đề nghị giải quyết thủ tục: ' || pr.name
               || '. Người được ủy quyền: ' || f2.word || ' ' || m2.word || ' ' || g2.word
               || '. Giấy tờ kèm theo: ' || pb.word || '. Ngày nộp: ' || to_char(x.day, 'DD/MM/YYYY') || '.' as body
    from picks x
    join bench_corpus.commune cm on cm.n = x.c
    join bench_corpus.procedure pr on pr.n = x.p
    join bench_corpus.word pa on pa.list = 'paper' and pa.n = x.k
    join bench_corpus.word pb on pb.list = 'paper' and pb.n = x.k2
    join bench_corpus.word f1 on f1.list = 'family' and f1.n = x.f1
    join bench_corpus.word m1 on m1.list = 'middle' and m1.n = x.m1
    join bench_corpus.word g1 on g1.list = 'given' and g1.n = x.g1
    join bench_corpus.word f2 on f2.list = 'family' and f2.n = x.f2
    join bench_corpus.word m2 on m2.list = 'middle' and m2.n = x.m2
    join bench_corpus.word g2 on g2.list = 'given' and g2.n = x.g2
)
insert into document.search_item
    (kind, id, title, body, folded_title, folded, owner, province_code, commune_code, item_date)
select kind, id, title, body, document.fold(title), document.fold(title || ' ' || kind || ' ' || id || ' ' || body),
       'bench-' || (i % 300000), province, commune, day
from rows;
