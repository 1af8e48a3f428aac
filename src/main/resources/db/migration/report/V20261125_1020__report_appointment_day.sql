-- Appointments of the year to a day (gender indicators) for the nation and a province: the full-time
-- spans that began in the period, by sex and position group. Nearly every span began in the year after the
-- reform (126,000 of the provinces' spans at national scale); counted per province and first day, they are
-- a few thousand rows.
create materialized view report.appointment_day as
select province, valid_from as day, sex, position_group, sum(people)::bigint as people
from report.staff_province_span
group by 1, 2, 3, 4;

create unique index appointment_day_key on report.appointment_day (province, day, sex, position_group);
create index appointment_day_day on report.appointment_day (day) include (sex, position_group, people);
