-- Departures of a province counted per month and dimension, kept per statement like post_change
-- (V20261124_0900): a province's statistics over whole months read a few hundred counters instead of
-- every departure (8,000 a year in Hồ Chí Minh City at national scale), and compute no ages.
-- Days of a period outside whole months are still counted from workforce.outcome.

-- The age band at the effective date; the same bands as WorkforceStatistics.AGE_BANDS.
create function workforce.age_band(p_effective date, p_birth date) returns text
language sql immutable as $$
    select case when a < 30 then 'under_30' when a < 40 then '30_39' when a < 50 then '40_49'
                when a < 55 then '50_54' when a < 60 then '55_59' else '60_plus' end
    from (select extract(year from age(p_effective::timestamp, p_birth::timestamp))::int as a) x
$$;

create table workforce.departure_tally (
    province_code text    not null,
    month         date    not null,
    dimension     text    not null check (dimension in ('reason', 'sex', 'category', 'age', 'unit', 'total')),
    key           text    not null,
    n             bigint  not null,
    paid          numeric not null,
    primary key (province_code, month, dimension, key)
);

create function workforce.departure_tallies_of(p_rows workforce.outcome[], p_sign integer)
    returns table (province_code text, month date, dimension text, key text, n bigint, paid numeric)
language sql stable as $$
    select g.province_code, date_trunc('month', o.effective_date::timestamp)::date, d.dimension,
           coalesce(d.key, ''), p_sign::bigint,
           case when d.dimension = 'total' then p_sign * coalesce(o.amount_paid, 0) else 0 end
    from unnest(p_rows) o
    join workforce.agency g on g.id = o.agency_id
    cross join lateral (values ('reason', o.kind), ('sex', o.sex), ('category', o.category),
                               ('age', workforce.age_band(o.effective_date, o.birth_date)),
                               ('unit', g.unit_code), ('total', '')) d(dimension, key)
    where o.kind in ('early_retirement', 'resignation', 'retired', 'other')
$$;

create function workforce.departure_tallies_add(p_added workforce.outcome[], p_removed workforce.outcome[])
    returns void
language sql as $$
    insert into workforce.departure_tally as t (province_code, month, dimension, key, n, paid)
    select province_code, month, dimension, key, sum(n), sum(paid)
    from (select * from workforce.departure_tallies_of(p_added, 1)
          union all
          select * from workforce.departure_tallies_of(p_removed, -1)) changes
    group by province_code, month, dimension, key
    having sum(n) <> 0 or sum(paid) <> 0
    on conflict (province_code, month, dimension, key)
        do update set n = t.n + excluded.n, paid = t.paid + excluded.paid;
$$;

create function workforce.outcomes_inserted() returns trigger language plpgsql as $$
begin
    perform workforce.departure_tallies_add((select array_agg(n::workforce.outcome) from new_rows n), '{}');
    return null;
end $$;

create function workforce.outcomes_updated() returns trigger language plpgsql as $$
begin
    perform workforce.departure_tallies_add((select array_agg(n::workforce.outcome) from new_rows n),
                                            (select array_agg(o::workforce.outcome) from old_rows o));
    return null;
end $$;

create function workforce.outcomes_deleted() returns trigger language plpgsql as $$
begin
    perform workforce.departure_tallies_add('{}', (select array_agg(o::workforce.outcome) from old_rows o));
    return null;
end $$;

create trigger outcomes_inserted after insert on workforce.outcome
    referencing new table as new_rows for each statement execute function workforce.outcomes_inserted();
create trigger outcomes_updated after update on workforce.outcome
    referencing old table as old_rows new table as new_rows
    for each statement execute function workforce.outcomes_updated();
create trigger outcomes_deleted after delete on workforce.outcome
    referencing old table as old_rows for each statement execute function workforce.outcomes_deleted();

-- the departures already recorded
select workforce.departure_tallies_add(array_agg(o), '{}') from workforce.outcome o;
