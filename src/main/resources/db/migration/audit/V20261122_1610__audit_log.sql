create schema if not exists audit;

create table audit.audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text,
    details      jsonb       not null default '{}'::jsonb
);

create index audit_entry_subject on audit.audit_entry (subject_type, subject_id);
create index audit_entry_actor_time on audit.audit_entry (actor, occurred_at);

-- The log is append-only: no row is ever changed or removed, not even by the application.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit.audit_entry
    for each row execute function audit.refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit.audit_entry
    for each statement execute function audit.refuse_change();
