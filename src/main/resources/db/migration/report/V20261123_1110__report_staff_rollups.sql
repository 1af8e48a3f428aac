-- Roll-ups of report.staff_span for the nation and provinces (docs/adr/0010-reports.md): the nation's
-- workforce queries read 34 provinces' rows instead of every agency's, and the gender trend reads month ends.
create materialized view report.staff_province_span as
select province, valid_from, valid_to, category, sex, rank, position_group, specialism, sum(people)::bigint as people
from report.staff_span
group by 1, 2, 3, 4, 5, 6, 7, 8;

create unique index staff_province_span_key on report.staff_province_span
    (province, valid_from, valid_to, category, sex, rank, position_group, specialism);

-- People in post at the end of each month from January 2020 to December 2030, per province, sex and group.
create materialized view report.staff_province_month_end as
select s.province, m.month_end, s.sex, s.position_group, sum(s.people)::bigint as people
from (select (date_trunc('month', d) + interval '1 month - 1 day')::date as month_end
      from generate_series(date '2020-01-01', date '2030-12-01', interval '1 month') d) m
join report.staff_province_span s on s.valid_from <= m.month_end and s.valid_to >= m.month_end
group by 1, 2, 3, 4;

create unique index staff_province_month_end_key on report.staff_province_month_end
    (province, month_end, sex, position_group);
create index staff_province_month_end_month on report.staff_province_month_end (month_end);
