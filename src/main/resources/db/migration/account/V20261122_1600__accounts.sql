create schema if not exists account;

create table account.user_account (
    id                uuid primary key,
    username          text        not null unique,
    password_hash     text        not null,
    display_name      text        not null,
    email             text,
    jurisdiction_code text,
    enabled           boolean     not null default true,
    created_at        timestamptz not null default now(),
    constraint username_format check (username ~ '^[a-z0-9._-]{3,64}$'),
    constraint jurisdiction_format check (jurisdiction_code is null or jurisdiction_code ~ '^([0-9]{2}|[0-9]{5})$')
);

create table account.user_role (
    user_id uuid not null references account.user_account (id) on delete cascade,
    role    text not null check (role in ('citizen', 'business', 'counter_officer', 'specialist', 'leader',
                                          'hr_officer', 'unit_admin', 'province_admin', 'ministry_admin')),
    primary key (user_id, role)
);
