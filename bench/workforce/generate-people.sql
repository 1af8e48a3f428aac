-- The people of one province (psql -v province=01), their assignment from 1 July 2025 and, for about 7 %,
-- a departure (early retirement 50 %, resignation 35 %, retirement 10 %, other 5 %) between July 2025 and
-- June 2026 that ends the assignment the day before. Deterministic: every attribute is a slice of md5(i).
-- Sex: 65 % women in public service units, 45 % elsewhere; born 1966-2001; categories by kind of agency.
\set ON_ERROR_STOP on
begin;
create temp table gen on commit drop as
select p.agency_id, p.kind, p.positions, p.first + s.k as i, md5((p.first + s.k)::text) as m
from bench_wf.plan p cross join lateral generate_series(0, p.people - 1) s(k)
where p.province_code = :'province';

create temp table person_gen on commit drop as
select g.*,
       ('x' || substr(m, 1, 4))::bit(16)::int as r1,
       ('x' || substr(m, 5, 4))::bit(16)::int as r2,
       ('x' || substr(m, 9, 4))::bit(16)::int as r3,
       ('x' || substr(m, 13, 4))::bit(16)::int as r4,
       ('x' || substr(m, 17, 4))::bit(16)::int as r5,
       ('x' || substr(m, 21, 4))::bit(16)::int as r6
from gen g;

insert into workforce.person (id, identity_number, full_name, sex, birth_date, ethnicity, education, category, rank,
                              salary_coefficient, recorded_province, recorded_unit, recorded_by, search_name)
select md5('person' || i)::uuid,
       '0' || lpad(i::text, 11, '0'),
       f.name || ' ' || mi.name || ' ' || gi.name,
       case when r1 % 100 < (case when kind = 'public_service_unit' then 65 else 45 end) then 'female' else 'male' end,
       date '1966-01-01' + (r2 % 13000),
       case when r3 % 100 < 85 then 'Kinh' when r3 % 100 < 90 then 'Tày' when r3 % 100 < 94 then 'Thái'
            when r3 % 100 < 97 then 'Mường' else 'Khmer' end,
       case when r4 % 100 < 70 then 'university' when r4 % 100 < 85 then 'master' when r4 % 100 < 95 then 'college'
            else null end,
       cat,
       case when cat in ('civil_servant', 'cadre') then
            case when r5 % 100 < 55 then 'specialist' when r5 % 100 < 75 then 'principal_specialist'
                 when r5 % 100 < 90 then 'officer' when r5 % 100 < 95 then 'staff' else 'senior_specialist' end
       end,
       2.34 + (r5 % 400) / 100.0,
       :'province', :'province', 'bench',
       f.plain || ' ' || mi.plain || ' ' || gi.plain
from (select pg.*,
             case kind when 'peoples_committee' then
                      case when r6 % 100 < 30 then 'cadre' when r6 % 100 < 90 then 'civil_servant' else 'contract_worker' end
                  when 'public_service_unit' then
                      case when r6 % 100 < 90 then 'public_employee' else 'contract_worker' end
                  else case when r6 % 100 < 80 then 'civil_servant' when r6 % 100 < 90 then 'public_employee'
                            else 'contract_worker' end end as cat
      from person_gen pg) x
join bench_wf.names f on f.part = 'family' and f.n = x.r1 % 16
join bench_wf.names mi on mi.part = 'middle' and mi.n = case when x.r1 % 100 < (case when kind = 'public_service_unit' then 65 else 45 end) then 1 else (x.r3 / 7) % 8 end
join bench_wf.names gi on gi.part = 'given' and gi.n = x.r4 % 28
on conflict (identity_number) do nothing;

-- departures: r3 % 1000 < 70 (7 %)
insert into workforce.outcome (id, person_id, agency_id, kind, effective_date, policy, amount_paid, decision_number,
                               recorded_by)
select md5('outcome' || i)::uuid, md5('person' || i)::uuid, agency_id,
       k.kind, date '2025-07-02' + (r5 % 364),
       case when k.kind in ('early_retirement', 'resignation') then
            case when r4 % 2 = 0 then 'decree_178_2024' else 'decree_154_2025' end end,
       case when k.kind in ('early_retirement', 'resignation') then 100000000 + (r6 % 400) * 1000000 end,
       'QĐ ' || (i % 997) || '/QĐ-UBND', 'bench'
from person_gen
cross join lateral (select case when r2 % 100 < 50 then 'early_retirement' when r2 % 100 < 85 then 'resignation'
                                when r2 % 100 < 95 then 'retired' else 'other' end as kind) k
where r3 % 1000 < 70
on conflict do nothing;

insert into workforce.assignment (id, person_id, agency_id, position_id, valid_from, valid_to, full_time,
                                  decision_number, recorded_by)
select md5('assignment' || i)::uuid, md5('person' || i)::uuid, agency_id,
       positions[1 + (r4 + r6) % array_length(positions, 1)],
       date '2025-07-01',
       case when r3 % 1000 < 70 then date '2025-07-01' + (r5 % 364) end,
       true, 'QĐ ' || (i % 997) || '/QĐ-UBND', 'bench'
from person_gen
on conflict do nothing;
commit;
