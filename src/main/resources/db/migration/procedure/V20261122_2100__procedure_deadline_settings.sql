-- How a procedure's limit in working days becomes an appointment (calendar.md §5): policy A (working-time
-- arithmetic, the default when there is no row) or B (the Civil Code's day count), and an optional cut-off
-- time that overrides the published one. One row per customised procedure; every change is audited.
create table procedure.deadline_setting (
    code       text primary key references procedure.procedure (code),
    policy     text not null check (policy in ('A', 'B')),
    cut_off    time,
    updated_by text not null,
    updated_at timestamptz not null default now()
);
