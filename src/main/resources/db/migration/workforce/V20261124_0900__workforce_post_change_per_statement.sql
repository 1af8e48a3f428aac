-- The posts in force (workforce.post_change) are kept per statement, not per row: an import writes
-- a thousand assignments in a few statements, and each statement now adds its changes to post_change
-- in one grouped upsert instead of two upserts per row on the same few hot keys.
-- (Transition tables need one trigger per event.)
drop trigger assignment_posts on workforce.assignment;
drop function workforce.assignment_posts();

create function workforce.post_changes_of(p_rows workforce.assignment[], p_sign integer)
    returns table (agency_id uuid, position_key uuid, category text, day date, delta integer)
language sql stable as $$
    select a.agency_id, coalesce(a.position_id, '00000000-0000-0000-0000-000000000000'::uuid), p.category,
           a.valid_from, p_sign
    from unnest(p_rows) a join workforce.person p on p.id = a.person_id
    union all
    select a.agency_id, coalesce(a.position_id, '00000000-0000-0000-0000-000000000000'::uuid), p.category,
           a.valid_to + 1, -p_sign
    from unnest(p_rows) a join workforce.person p on p.id = a.person_id
    where a.valid_to is not null
$$;

create function workforce.post_changes_add(p_added workforce.assignment[], p_removed workforce.assignment[])
    returns void
language sql as $$
    insert into workforce.post_change as c (agency_id, position_key, category, day, delta)
    select agency_id, position_key, category, day, sum(delta)
    from (select * from workforce.post_changes_of(p_added, 1)
          union all
          select * from workforce.post_changes_of(p_removed, -1)) changes
    group by agency_id, position_key, category, day
    having sum(delta) <> 0
    on conflict (agency_id, position_key, category, day) do update set delta = c.delta + excluded.delta;
$$;

create function workforce.assignments_inserted() returns trigger language plpgsql as $$
begin
    perform workforce.post_changes_add((select array_agg(n::workforce.assignment) from new_rows n), '{}');
    return null;
end $$;

create function workforce.assignments_updated() returns trigger language plpgsql as $$
begin
    perform workforce.post_changes_add((select array_agg(n::workforce.assignment) from new_rows n), (select array_agg(o::workforce.assignment) from old_rows o));
    return null;
end $$;

create function workforce.assignments_deleted() returns trigger language plpgsql as $$
begin
    perform workforce.post_changes_add('{}', (select array_agg(o::workforce.assignment) from old_rows o));
    return null;
end $$;

create trigger assignments_inserted after insert on workforce.assignment
    referencing new table as new_rows for each statement execute function workforce.assignments_inserted();
create trigger assignments_updated after update on workforce.assignment
    referencing old table as old_rows new table as new_rows
    for each statement execute function workforce.assignments_updated();
create trigger assignments_deleted after delete on workforce.assignment
    referencing old table as old_rows for each statement execute function workforce.assignments_deleted();
