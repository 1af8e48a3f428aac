-- Helper schema for generate-dossiers.sql (dropped again by generate-dossiers.sh --drop-helpers).
\set ON_ERROR_STOP on
create schema if not exists bench_gen;

drop table if exists bench_gen.commune;
create table bench_gen.commune as
select (row_number() over (order by 'H' || province_code || '.' || code) - 1)::bigint as n,
       province_code as province, code as commune, 'H' || province_code || '.' || code as agency
from adminunit.unit_version
where level = 'commune' and valid_to is null;
create unique index on bench_gen.commune (n);

create or replace function bench_gen.per_commune() returns bigint language sql immutable
as $$ select 3012::bigint $$;  -- 3,321 communes x 3,012 >= 10,000,000

-- the code of row i, given its commune's agency code 'H<province>.<commune>'
create or replace function bench_gen.code(agency text, i bigint) returns text language sql immutable
as $$
  select agency || '-' || to_char(date '2025-07-01' + ((i % 3012) / 6)::int, 'YYMMDD') || '-'
         || lpad(((i % 3012) % 6 + 1)::text, 4, '0')
$$;

create or replace function bench_gen.code(i bigint) returns text language sql stable
as $$ select bench_gen.code(c.agency, i) from bench_gen.commune c where c.n = i / 3012 $$;

create or replace function bench_gen.submitted_at(i bigint) returns timestamptz language sql immutable
as $$ select timestamptz '2025-07-01 01:00:00+00' + ((i % 3012) / 6) * interval '1 day' + ((i % 6) * interval '1 hour') $$;

-- six letters of the check-code alphabet (no 0/O, 1/I/L), a fixed function of i
create or replace function bench_gen.check_code(i bigint) returns text language sql immutable
as $$
  select substr(a, (x % 31)::int + 1, 1) || substr(a, (x / 31 % 31)::int + 1, 1)
      || substr(a, (x / 961 % 31)::int + 1, 1) || substr(a, (x / 29791 % 31)::int + 1, 1)
      || substr(a, (x / 923521 % 31)::int + 1, 1) || substr(a, (x / 28629151 % 31)::int + 1, 1)
  from (select '23456789ABCDEFGHJKMNPQRSTUVWXYZ'::text as a, (i * 7919 + 104729) % 887503681 as x) v
$$;

drop table if exists bench_gen.chain;
create table bench_gen.chain (step int, action text, from_status text, to_status text, actor text, after interval);
insert into bench_gen.chain values
  (1, 'submit', null, 'submitted', 'citizen', interval '0'),
  (2, 'receive', 'submitted', 'received', 'counter.hanoi', interval '2 hours'),
  (3, 'start_processing', 'received', 'in_process', 'counter.hanoi', interval '3 hours'),
  (4, 'complete', 'in_process', 'processed', 'specialist.hanoi', interval '1 day'),
  (5, 'approve', 'processed', 'resolved_approved', 'leader.hanoi', interval '1 day 2 hours'),
  (6, 'issue_result', 'resolved_approved', 'result_at_counter', 'counter.hanoi', interval '1 day 4 hours'),
  (7, 'return', 'result_at_counter', 'returned', 'counter.hanoi', interval '2 days');

drop table if exists bench_gen.stage;
create table bench_gen.stage (stage int primary key, steps int, status text);
insert into bench_gen.stage
select s, case when s < 8 then 7 when s < 11 then 4 when s < 15 then 3 when s < 18 then 2 else 1 end,
       case when s < 8 then 'returned' when s < 11 then 'processed' when s < 15 then 'in_process'
            when s < 18 then 'received' else 'submitted' end
from generate_series(0, 19) s;
