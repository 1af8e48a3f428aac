-- Statistics over millions of people without reading them one by one (docs/adr/0009-workforce.md).
--
-- 1. Posts in force on any day, pre-aggregated: each assignment adds +1 on its first day and -1 the day after
--    its last, per agency, position and the person's category. The posts in force on day D are the sum of
--    the changes up to D: a few rows per position instead of one per person. Kept by triggers, so that
--    every way of writing assignments (API, imports, SQL) keeps it right.
create table workforce.post_change (
    agency_id    uuid    not null references workforce.agency (id),
    position_key uuid    not null, -- the position, or the nil UUID for an assignment without position
    category     text    not null,
    day          date    not null,
    delta        integer not null,
    primary key (agency_id, position_key, category, day)
);

create function workforce.post_change_add(p_agency uuid, p_position uuid, p_category text, p_first date,
                                          p_last date, p_sign integer) returns void
language sql as $$
    insert into workforce.post_change as c (agency_id, position_key, category, day, delta)
    values (p_agency, coalesce(p_position, '00000000-0000-0000-0000-000000000000'::uuid), p_category, p_first, p_sign)
    on conflict (agency_id, position_key, category, day) do update set delta = c.delta + excluded.delta;
    insert into workforce.post_change as c (agency_id, position_key, category, day, delta)
    select p_agency, coalesce(p_position, '00000000-0000-0000-0000-000000000000'::uuid), p_category, p_last + 1,
           -p_sign
    where p_last is not null
    on conflict (agency_id, position_key, category, day) do update set delta = c.delta + excluded.delta;
$$;

create function workforce.assignment_posts() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform workforce.post_change_add(old.agency_id, old.position_id,
            (select category from workforce.person where id = old.person_id), old.valid_from, old.valid_to, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform workforce.post_change_add(new.agency_id, new.position_id,
            (select category from workforce.person where id = new.person_id), new.valid_from, new.valid_to, 1);
    end if;
    return null;
end $$;

create trigger assignment_posts after insert or update or delete on workforce.assignment
    for each row execute function workforce.assignment_posts();

insert into workforce.post_change (agency_id, position_key, category, day, delta)
select agency_id, position_key, category, day, sum(delta)
from (select a.agency_id, coalesce(a.position_id, '00000000-0000-0000-0000-000000000000'::uuid) as position_key,
             p.category, a.valid_from as day, 1 as delta
      from workforce.assignment a join workforce.person p on p.id = a.person_id
      union all
      select a.agency_id, coalesce(a.position_id, '00000000-0000-0000-0000-000000000000'::uuid), p.category,
             a.valid_to + 1, -1
      from workforce.assignment a join workforce.person p on p.id = a.person_id
      where a.valid_to is not null) changes
group by agency_id, position_key, category, day;

-- 2. Departures read without the person: what the statistics group by is copied onto the outcome (sex,
--    category, birth date) and kept in step with the person by a trigger.
alter table workforce.outcome add column sex text;
alter table workforce.outcome add column category text;
alter table workforce.outcome add column birth_date date;
update workforce.outcome o set sex = p.sex, category = p.category, birth_date = p.birth_date
from workforce.person p where p.id = o.person_id;

create function workforce.outcome_person() returns trigger language plpgsql as $$
begin
    select sex, category, birth_date into new.sex, new.category, new.birth_date
    from workforce.person where id = new.person_id;
    return new;
end $$;

create trigger outcome_person before insert or update of person_id on workforce.outcome
    for each row execute function workforce.outcome_person();

create function workforce.person_changed() returns trigger language plpgsql as $$
declare
    a record;
begin
    if new.category is distinct from old.category then
        for a in select * from workforce.assignment where person_id = new.id loop
            perform workforce.post_change_add(a.agency_id, a.position_id, old.category, a.valid_from, a.valid_to, -1);
            perform workforce.post_change_add(a.agency_id, a.position_id, new.category, a.valid_from, a.valid_to, 1);
        end loop;
    end if;
    if (new.sex, new.category, new.birth_date) is distinct from (old.sex, old.category, old.birth_date) then
        update workforce.outcome set sex = new.sex, category = new.category, birth_date = new.birth_date
        where person_id = new.id;
    end if;
    return null;
end $$;

create trigger person_changed after update of sex, category, birth_date on workforce.person
    for each row execute function workforce.person_changed();

drop index workforce.outcome_departures;
create index outcome_departures on workforce.outcome (agency_id, effective_date)
    include (kind, sex, category, birth_date, amount_paid)
    where kind in ('early_retirement', 'resignation', 'retired', 'other');
