-- Agencies with a woman in a leadership post (gender indicators, ../shared/domain/gender.md §2): counting them
-- for the nation read every leadership span of every agency on each request. This view cuts each agency's
-- time into the pieces between its leadership spans' ends and keeps, per piece with a leader, whether one
-- of the leaders is a woman: a request reads one row per agency.
create materialized view report.agency_leader_span as
with lead as (
    select province, unit, agency, valid_from, valid_to, sex = 'female' as female
    from report.staff_span
    where position_group = 'leadership'),
bounds as (
    select agency, valid_from as bound from lead
    union
    select agency, valid_to + 1 from lead where valid_to < date '9999-12-31'),
pieces as (
    select agency, bound as valid_from,
           coalesce(lead(bound) over (partition by agency order by bound) - 1, date '9999-12-31') as valid_to
    from bounds)
select l.province, l.unit, p.agency, p.valid_from, p.valid_to, bool_or(l.female) as female
from pieces p
join lead l on l.agency = p.agency and l.valid_from <= p.valid_from and l.valid_to >= p.valid_from
group by l.province, l.unit, p.agency, p.valid_from, p.valid_to;

create unique index agency_leader_span_key on report.agency_leader_span (agency, valid_from);
create index agency_leader_span_province on report.agency_leader_span (province, valid_from) include (valid_to, female);
create index agency_leader_span_unit on report.agency_leader_span (unit, valid_from) include (valid_to, female);
create index agency_leader_span_day on report.agency_leader_span (valid_from) include (valid_to, female);

drop index if exists report.staff_span_leaders;
