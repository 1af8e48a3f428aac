-- Agencies and job positions of a national workforce (bench/workforce/generate-workforce.sh), straight in
-- SQL, deterministic (hash of the code, no random()): for each of the 3,321 communes a People's Committee
-- (UBND-<commune>, 8 professional positions, quotas 3-7) and a public service unit (DVSN-<commune>: schools,
-- health station; 4 positions, quotas 100-180); for each of the 34 provinces 10 departments (SO<k>-<province>,
-- 10 positions, quotas 100-190). Also the helper schema bench_wf (names, the plan of people per agency).
\set ON_ERROR_STOP on
create schema if not exists bench_wf;

create or replace function bench_wf.h(t text) returns int language sql immutable
as $$ select ('x' || substr(md5(t), 1, 7))::bit(28)::int $$;  -- 0 .. 2^28-1

insert into workforce.agency (id, code, name, kind, unit_code, province_code, valid_from, recorded_by)
select md5('UBND-' || code)::uuid, 'UBND-' || code, 'Ủy ban nhân dân ' || full_name, 'peoples_committee', code,
       province_code, date '2025-07-01', 'bench'
from adminunit.unit_version where level = 'commune' and valid_to is null
on conflict (code) do nothing;
insert into workforce.agency (id, code, name, kind, unit_code, province_code, valid_from, recorded_by)
select md5('DVSN-' || code)::uuid, 'DVSN-' || code, 'Đơn vị sự nghiệp ' || full_name, 'public_service_unit', code,
       province_code, date '2025-07-01', 'bench'
from adminunit.unit_version where level = 'commune' and valid_to is null
on conflict (code) do nothing;
insert into workforce.agency (id, code, name, kind, unit_code, province_code, valid_from, recorded_by)
select md5('SO' || k || '-' || code)::uuid, 'SO' || k || '-' || code, 'Sở ' || k || ' ' || full_name,
       'provincial_department', code, code, date '2025-07-01', 'bench'
from adminunit.unit_version, generate_series(1, 10) k where level = 'province' and valid_to is null
on conflict (code) do nothing;

-- positions: (agency prefix, position number) -> code, specialism, group, rank, quota
insert into workforce.job_position (id, agency_id, code, title, position_group, specialism, required_rank,
                                    required_qualification, quota)
select md5(g.code || '/' || s.code)::uuid, g.id, s.code, s.title, s.grp, s.specialism, s.rank, 'university',
       s.base + bench_wf.h(g.code || s.code) % s.spread
from workforce.agency g
join (values
    ('UBND', 'DD', 'Công chức địa chính', 'professional', 'land', 'specialist', 3, 5),
    ('UBND', 'TC', 'Công chức tài chính - kế toán', 'professional', 'finance', 'specialist', 3, 5),
    ('UBND', 'TP', 'Công chức tư pháp - hộ tịch', 'professional', 'justice', 'specialist', 3, 5),
    ('UBND', 'CNTT', 'Công chức công nghệ thông tin', 'professional', 'it', 'specialist', 3, 5),
    ('UBND', 'VHXH', 'Công chức văn hóa - xã hội', 'professional', 'culture_social', 'specialist', 3, 5),
    ('UBND', 'KT', 'Công chức kinh tế', 'professional', 'economy', 'specialist', 3, 5),
    ('UBND', 'VP', 'Công chức văn phòng', 'support', 'office', 'officer', 3, 5),
    ('UBND', 'LD', 'Lãnh đạo', 'leadership', 'leadership', 'principal_specialist', 3, 5),
    ('DVSN', 'GV', 'Giáo viên', 'professional', 'education', null, 100, 81),
    ('DVSN', 'YT', 'Nhân viên y tế', 'professional', 'health', null, 100, 81),
    ('DVSN', 'VH', 'Viên chức văn hóa', 'professional', 'culture_social', null, 100, 81),
    ('DVSN', 'HC', 'Hành chính', 'support', 'office', null, 100, 81),
    ('SO', 'P1', 'Chuyên viên 1', 'professional', 'land', 'specialist', 100, 91),
    ('SO', 'P2', 'Chuyên viên 2', 'professional', 'finance', 'specialist', 100, 91),
    ('SO', 'P3', 'Chuyên viên 3', 'professional', 'justice', 'specialist', 100, 91),
    ('SO', 'P4', 'Chuyên viên 4', 'professional', 'it', 'specialist', 100, 91),
    ('SO', 'P5', 'Chuyên viên 5', 'professional', 'culture_social', 'specialist', 100, 91),
    ('SO', 'P6', 'Chuyên viên 6', 'professional', 'economy', 'specialist', 100, 91),
    ('SO', 'P7', 'Chuyên viên 7', 'professional', 'education', 'specialist', 100, 91),
    ('SO', 'P8', 'Chuyên viên 8', 'professional', 'health', 'specialist', 100, 91),
    ('SO', 'P9', 'Văn phòng', 'support', 'office', 'officer', 100, 91),
    ('SO', 'P10', 'Lãnh đạo', 'leadership', 'leadership', 'principal_specialist', 100, 91)
) as s(prefix, code, title, grp, specialism, rank, base, spread)
  on g.code like s.prefix || '%' and g.recorded_by = 'bench'
on conflict (agency_id, code) do nothing;

-- the plan: every agency numbered, with how many people it gets (about its quota, ±: gaps and surpluses)
drop table if exists bench_wf.plan;
create table bench_wf.plan as
select g.id as agency_id, g.code, g.province_code, g.kind,
       (select array_agg(p.id order by p.code) from workforce.job_position p where p.agency_id = g.id) as positions,
       case g.kind when 'peoples_committee' then 30 + bench_wf.h(g.code) % 21
                   when 'public_service_unit' then 480 + bench_wf.h(g.code) % 161
                   else 1290 + bench_wf.h(g.code) % 301 end as people
from workforce.agency g where g.recorded_by = 'bench';
alter table bench_wf.plan add column first bigint;
update bench_wf.plan p set first = s.first
from (select agency_id, sum(people) over (order by province_code, code) - people as first from bench_wf.plan) s
where s.agency_id = p.agency_id;
create index on bench_wf.plan (province_code);

-- names: family, middle and given names, with their forms without diacritics (search keys)
drop table if exists bench_wf.names;
create table bench_wf.names (part text, n int, name text, plain text);
insert into bench_wf.names
select 'family', ordinality - 1, split_part(v, '|', 1), split_part(v, '|', 2)
from unnest(array['Nguyễn|nguyen', 'Trần|tran', 'Lê|le', 'Phạm|pham', 'Hoàng|hoang', 'Huỳnh|huynh', 'Phan|phan',
                  'Vũ|vu', 'Võ|vo', 'Đặng|dang', 'Bùi|bui', 'Đỗ|do', 'Hồ|ho', 'Ngô|ngo', 'Dương|duong', 'Lý|ly'])
     with ordinality v
union all
select 'middle', ordinality - 1, split_part(v, '|', 1), split_part(v, '|', 2)
from unnest(array['Văn|van', 'Thị|thi', 'Hữu|huu', 'Đức|duc', 'Minh|minh', 'Thanh|thanh', 'Ngọc|ngoc', 'Quốc|quoc'])
     with ordinality v
union all
select 'given', ordinality - 1, split_part(v, '|', 1), split_part(v, '|', 2)
from unnest(array['An|an', 'Bình|binh', 'Cường|cuong', 'Dũng|dung', 'Giang|giang', 'Hà|ha', 'Hải|hai', 'Hạnh|hanh',
                  'Hoa|hoa', 'Hùng|hung', 'Hương|huong', 'Khánh|khanh', 'Lan|lan', 'Linh|linh', 'Long|long',
                  'Mai|mai', 'Nam|nam', 'Nga|nga', 'Phương|phuong', 'Quân|quan', 'Sơn|son', 'Tâm|tam',
                  'Thảo|thao', 'Thắng|thang', 'Trang|trang', 'Tuấn|tuan', 'Vân|van', 'Yến|yen'])
     with ordinality v;
create index on bench_wf.names (part, n);

create table if not exists bench_wf.done (province text primary key, people bigint, seconds numeric);
