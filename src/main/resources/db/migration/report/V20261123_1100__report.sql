-- Reports: aggregates read by the dashboards, kept as materialised views in the report schema and refreshed
-- CONCURRENTLY (readers never wait). They read the dossier and workforce tables; the SQL lives here, in the
-- report module, and nowhere else reads those tables for reports (docs/adr/0010-reports.md).
create schema if not exists report;

-- One row per commune and month of receipt: the counters every dossier indicator of the service index needs.
-- A dossier counts in the month it was received (Vietnam time); a quarter or a year is the sum of its months.
-- late: finished after its appointment, still open past it (at refresh time), or more than one supplement request.
create materialized view report.service_month as
with supplements as (
    select dossier from dossier.transition where action = 'request_supplement'
    group by dossier having count(*) > 1
), documents as (
    select dossier, bool_or(reused_from is not null) as reused from dossier.document group by dossier
), facts as (
    select d.receiving_province as province, d.receiving_commune as commune,
           date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as month,
           (s.dossier is not null or (d.due_at is not null and coalesce(d.finished_at, now()) > d.due_at)) as late,
           d.status in ('resolved_approved', 'resolved_not_eligible', 'result_at_counter', 'returned')
               and d.finished_at is not null as completed,
           d.status in ('resolved_approved', 'result_at_counter', 'returned') as result_expected,
           d.result_document is not null as electronic_result,
           d.channel, d.finished_at, d.received_at,
           doc.dossier is not null as has_documents, coalesce(doc.reused, false) as reused,
           p.status in ('due', 'paid') as fee,
           p.status = 'paid' and p.channel in ('national_portal', 'local_gateway') as paid_online,
           r.score
    from dossier.dossier d
    left join supplements s on s.dossier = d.code
    left join documents doc on doc.dossier = d.code
    left join dossier.payment p on p.dossier = d.code
    left join dossier.rating r on r.dossier = d.code
    where d.received_at is not null
)
select province, commune, month,
       count(*) as received,
       count(*) filter (where not late) as on_time,
       count(*) filter (where completed) as completed,
       coalesce(sum(extract(epoch from finished_at - received_at)) filter (where completed), 0)::bigint
           as processing_seconds,
       count(*) filter (where channel = 'online') as online,
       count(*) filter (where channel = 'online' and (not result_expected or electronic_result)) as online_counted,
       count(*) filter (where result_expected) as result_expected,
       count(*) filter (where result_expected and electronic_result) as electronic_result,
       count(*) filter (where has_documents and (not result_expected or electronic_result)) as digitised,
       count(*) filter (where reused) as reused,
       count(*) filter (where fee) as fee_bearing,
       count(*) filter (where fee and paid_online) as paid_online,
       count(*) filter (where score is not null) as rated,
       count(*) filter (where score = 'not_satisfied') as dissatisfied
from facts
group by province, commune, month;

create unique index service_month_key on report.service_month (commune, month);
create index service_month_province on report.service_month (province, month);
create index service_month_month on report.service_month (month);

-- Per commune, month and procedure: for the procedure-level indicators (offered online, used online, fees).
create materialized view report.procedure_month as
select d.receiving_province as province, d.receiving_commune as commune,
       date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as month,
       d.procedure_code,
       count(*) as received,
       count(*) filter (where d.channel = 'online') as online,
       count(*) filter (where p.status in ('due', 'paid')) as fee_bearing,
       count(*) filter (where p.status = 'paid' and p.channel in ('national_portal', 'local_gateway')) as paid_online
from dossier.dossier d
left join dossier.payment p on p.dossier = d.code
where d.received_at is not null
group by 1, 2, 3, 4;

create unique index procedure_month_key on report.procedure_month (commune, month, procedure_code);
create index procedure_month_by_province on report.procedure_month (province, month);

-- The same per province (the nation's procedure-level indicators read 34 provinces, not 3,321 communes).
create materialized view report.procedure_month_province as
select province, month, procedure_code, sum(received)::bigint as received, sum(online)::bigint as online,
       sum(fee_bearing)::bigint as fee_bearing, sum(paid_online)::bigint as paid_online
from report.procedure_month
group by 1, 2, 3;

create unique index procedure_month_province_key on report.procedure_month_province (province, month, procedure_code);

-- Full-time assignments aggregated by who and where, with their validity (valid_to 9999-12-31 while open):
-- the headcount on a day D is the sum of rows with valid_from <= D <= valid_to.
create materialized view report.staff_span as
select ag.province_code as province, ag.unit_code as unit, ag.code as agency, a.valid_from,
       coalesce(a.valid_to, date '9999-12-31') as valid_to,
       p.category, p.sex, coalesce(p.rank, '') as rank,
       coalesce(jp.position_group, '') as position_group, coalesce(jp.specialism, '') as specialism,
       count(*) as people
from workforce.assignment a
join workforce.person p on p.id = a.person_id
join workforce.agency ag on ag.id = a.agency_id
left join workforce.job_position jp on jp.id = a.position_id
where a.full_time
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

create unique index staff_span_key on report.staff_span
    (agency, valid_from, valid_to, category, sex, rank, position_group, specialism);
create index staff_span_province on report.staff_span (province, valid_from);
create index staff_span_unit on report.staff_span (unit, valid_from);

-- Headcount quotas of job positions by agency and specialism, with the agency's life.
create materialized view report.position_quota as
select ag.province_code as province, ag.unit_code as unit, ag.code as agency, ag.valid_from,
       coalesce(ag.valid_to, date '9999-12-31') as valid_to, jp.specialism, jp.position_group,
       sum(jp.quota)::bigint as quota
from workforce.job_position jp
join workforce.agency ag on ag.id = jp.agency_id
group by 1, 2, 3, 4, 5, 6, 7;

create unique index position_quota_key on report.position_quota (agency, specialism, position_group);
create index position_quota_province on report.position_quota (province);
create index position_quota_unit on report.position_quota (unit);

-- Departures (early retirement, resignation, retirement, other) by unit, month, reason, sex and category.
create materialized view report.departure_month as
select ag.province_code as province, ag.unit_code as unit,
       date_trunc('month', o.effective_date)::date as month, o.kind, p.sex, p.category,
       count(*) as people, coalesce(sum(o.amount_paid), 0)::numeric(18, 0) as amount_paid
from workforce.outcome o
join workforce.person p on p.id = o.person_id
join workforce.agency ag on ag.id = o.agency_id
where o.kind in ('early_retirement', 'resignation', 'retired', 'other')
group by 1, 2, 3, 4, 5, 6;

create unique index departure_month_key on report.departure_month (unit, month, kind, sex, category);
create index departure_month_province on report.departure_month (province, month);

-- When each view was last refreshed and how long it took.
create table report.refresh_log (
    view_name    text primary key,
    refreshed_at timestamptz not null,
    millis       bigint not null
);
