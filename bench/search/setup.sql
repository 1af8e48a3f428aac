-- 2,000 items like a submission's dossier item (the folded text of bench/intake/submission.json's dossier, as
-- SearchIndex writes it), each with its vector as text, which is what the application now sends
drop table if exists bench_vector_source;
create table bench_vector_source as
with names(name, i) as (
    select * from unnest(array['nguyen thi lan', 'tran van binh', 'le thi hoa', 'pham minh tuan', 'hoang van nam',
                               'vu thi mai', 'dang quoc huy', 'bui thi thu']) with ordinality as t(name, i))
select n, folded_title, folded,
       (setweight(to_tsvector('simple', folded_title), 'A') || setweight(to_tsvector('simple', folded), 'B'))::text
           as vector
from (
    select n,
           'h01 00004 261208 ' || lpad(n::text, 4, '0') || ' thu tuc dang ky nhan cha me con' as folded_title,
           'h01 00004 261208 ' || lpad(n::text, 4, '0') || ' thu tuc dang ky nhan cha me con dossier h01 00004 261208 '
               || lpad(n::text, 4, '0') || ' ' || (select name from names where i = 1 + n % 8)
               || ' 1 001022 phuong ba dinh thanh pho ha noi to khai dang ky nhan cha me con to khai pdf van ban cua'
               || ' co quan y te co quan giam dinh hoac co quan co tham quyen xac nhan quan he cha me con hoac chung cu'
               || ' chung minh xac nhan pdf to khai dang ky thuong tru ho va ten '
               || (select name from names where i = 1 + n % 8)
               || ' giay xac nhan cho o hop phap 12 pho hue ' || (n % 28 + 1) || ' 12 2026 08 12 2026' as folded
    from generate_series(1, 2000) n) items;
create unique index on bench_vector_source (n);
