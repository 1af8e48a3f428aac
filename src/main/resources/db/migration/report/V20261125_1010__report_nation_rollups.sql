-- The nation's workforce figures: the staff in post on a day are a small part of the provinces' spans (7,400
-- of 126,000 at national scale, most of them ended), found by their end; the departures of a year are read
-- from the provinces' months (some 3,000 rows) instead of every commune's (118,000).
create index staff_province_span_in_force on report.staff_province_span (valid_to)
    include (valid_from, province, category, sex, rank, position_group, specialism, people);

create materialized view report.departure_province_month as
select province, month, kind, sex, category, sum(people)::bigint as people,
       sum(amount_paid)::numeric(18, 0) as amount_paid
from report.departure_month
group by 1, 2, 3, 4, 5;

create unique index departure_province_month_key on report.departure_province_month (province, month, kind, sex, category);
create index departure_province_month_month on report.departure_province_month (month);
