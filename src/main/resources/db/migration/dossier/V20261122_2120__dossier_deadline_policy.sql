-- the counting policy the procedure's deadline setting named at submission (A: working time, B: Civil-Code day count)
alter table dossier.dossier add column deadline_policy text not null default 'A' check (deadline_policy in ('A', 'B'));
