-- Word lists for the generated search corpus (bench/records/generate-corpus.sh), as small numbered tables
-- (an element of a large array column would be de-toasted whole at every access): the current communes
-- with their provinces from the unit data, the procedure names of the catalogue, common Vietnamese family,
-- middle and given names, kinds of papers.
create schema if not exists bench_corpus;
drop table if exists bench_corpus.commune, bench_corpus.procedure, bench_corpus.word;
create table bench_corpus.commune as
select (row_number() over (order by c.code))::int as n, c.code, c.full_name, c.province_code,
       p.full_name as province_name
from adminunit.unit_version c
join adminunit.unit_version p on p.level = 'province' and p.code = c.province_code and p.valid_to is null
where c.level = 'commune' and c.valid_to is null;
alter table bench_corpus.commune add primary key (n);
create table bench_corpus.procedure as
select (row_number() over (order by code))::int as n, name from procedure.procedure_version where valid_to is null;
alter table bench_corpus.procedure add primary key (n);
create table bench_corpus.word (list text, n int, word text, primary key (list, n));
insert into bench_corpus.word
select 'family', n, w from unnest(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ',
    'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Tô', 'Lương', 'Đoàn', 'Lâm', 'Cao'])
    with ordinality as t(w, n)
union all
select 'middle', n, w from unnest(array['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân',
    'Thu', 'Hồng', 'Anh', 'Kim', 'Công', 'Thế', 'Bảo', 'Gia', 'Khánh', 'Phương', 'Quốc']) with ordinality as t(w, n)
union all
select 'given', n, w from unnest(array['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hằng',
    'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc',
    'Nhung', 'Phong', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Trang', 'Trung', 'Tuấn',
    'Tú', 'Vân', 'Việt', 'Yến', 'Đạt', 'Duy', 'Khoa', 'Lộc', 'Nhàn', 'Oanh', 'Quyên', 'Thịnh', 'Uyên', 'Vy'])
    with ordinality as t(w, n)
union all
select 'paper', n, w from unnest(array['Tờ khai', 'Giấy khai sinh', 'Căn cước công dân',
    'Giấy chứng nhận quyền sử dụng đất', 'Giấy xác nhận tình trạng hôn nhân', 'Sổ hộ khẩu',
    'Hợp đồng mua bán nhà ở', 'Giấy ủy quyền', 'Bản sao quyết định', 'Đơn đề nghị', 'Giấy chứng tử',
    'Biên bản xác minh', 'Giấy phép kinh doanh', 'Văn bản của cơ quan y tế', 'Sơ đồ thửa đất'])
    with ordinality as t(w, n);
analyze bench_corpus.commune;
analyze bench_corpus.procedure;
analyze bench_corpus.word;
