-- The dossier counters are recomputed one month at a time (docs/adr/0010-reports.md): the months that a
-- transition touched, and those of open dossiers that went past their appointment, instead of all the
-- dossiers ever received on every refresh. They become tables, filled by the functions below; the
-- queries are those of the former materialised views, restricted to dossiers received in [p_from, p_to).

-- the dossiers received in a month, and the few supplement requests, without scanning everything
create index if not exists dossier_received on dossier.dossier (received_at);
create index if not exists transition_supplement on dossier.transition (dossier) where action = 'request_supplement';

create function report.service_month_of(p_from timestamptz, p_to timestamptz)
    returns table (province text, commune text, month date, received bigint, on_time bigint, completed bigint,
                   processing_seconds bigint, online bigint, online_counted bigint, result_expected bigint,
                   electronic_result bigint, digitised bigint, reused bigint, fee_bearing bigint,
                   paid_online bigint, rated bigint, dissatisfied bigint)
language sql stable as $$
with received as (
    select * from dossier.dossier d where d.received_at >= p_from and d.received_at < p_to
), supplements as (
    select t.dossier from dossier.transition t join received r on r.code = t.dossier
    where t.action = 'request_supplement'
    group by t.dossier having count(*) > 1
), documents as (
    select doc.dossier, bool_or(doc.reused_from is not null) as reused
    from dossier.document doc join received r on r.code = doc.dossier group by doc.dossier
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
    from received d
    left join supplements s on s.dossier = d.code
    left join documents doc on doc.dossier = d.code
    left join dossier.payment p on p.dossier = d.code
    left join dossier.rating r on r.dossier = d.code
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
group by province, commune, month
$$;

create function report.procedure_month_of(p_from timestamptz, p_to timestamptz)
    returns table (province text, commune text, month date, procedure_code text, received bigint, online bigint,
                   fee_bearing bigint, paid_online bigint)
language sql stable as $$
select d.receiving_province, d.receiving_commune,
       date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh')::date,
       d.procedure_code,
       count(*),
       count(*) filter (where d.channel = 'online'),
       count(*) filter (where p.status in ('due', 'paid')),
       count(*) filter (where p.status = 'paid' and p.channel in ('national_portal', 'local_gateway'))
from dossier.dossier d
left join dossier.payment p on p.dossier = d.code
where d.received_at >= p_from and d.received_at < p_to
group by 1, 2, 3, 4
$$;

-- the views become tables with the same rows
create table report.service_month_rows as select * from report.service_month;
create table report.procedure_month_rows as select * from report.procedure_month;
create table report.procedure_month_province_rows as select * from report.procedure_month_province;
drop materialized view report.procedure_month_province;
drop materialized view report.procedure_month;
drop materialized view report.service_month;
alter table report.service_month_rows rename to service_month;
alter table report.procedure_month_rows rename to procedure_month;
alter table report.procedure_month_province_rows rename to procedure_month_province;

alter table report.service_month add primary key (commune, month);
create index service_month_province on report.service_month (province, month);
create index service_month_month on report.service_month (month);
alter table report.procedure_month add primary key (commune, month, procedure_code);
create index procedure_month_by_province on report.procedure_month (province, month);
create index procedure_month_month on report.procedure_month (month);
alter table report.procedure_month_province add primary key (province, month, procedure_code);

-- Recomputes one month (its first day, Vietnam time) in the caller's transaction: readers see the old rows
-- until it commits.
create function report.recompute_month(p_month date) returns void language sql as $$
    delete from report.service_month where month = p_month;
    insert into report.service_month
    select * from report.service_month_of((p_month::timestamp at time zone 'Asia/Ho_Chi_Minh'),
                                          ((p_month + interval '1 month')::timestamp at time zone 'Asia/Ho_Chi_Minh'));
    delete from report.procedure_month where month = p_month;
    insert into report.procedure_month
    select * from report.procedure_month_of((p_month::timestamp at time zone 'Asia/Ho_Chi_Minh'),
                                            ((p_month + interval '1 month')::timestamp at time zone 'Asia/Ho_Chi_Minh'));
    delete from report.procedure_month_province where month = p_month;
    insert into report.procedure_month_province
    select province, month, procedure_code, sum(received)::bigint, sum(online)::bigint, sum(fee_bearing)::bigint,
           sum(paid_online)::bigint
    from report.procedure_month where month = p_month
    group by 1, 2, 3;
$$;

delete from report.refresh_log
where view_name in ('report.service_month', 'report.procedure_month', 'report.procedure_month_province');
