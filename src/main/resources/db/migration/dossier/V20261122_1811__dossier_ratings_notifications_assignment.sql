alter table dossier.dossier add column assignee text;
create index dossier_assignee on dossier.dossier (assignee) where assignee is not null;

-- the applicant's satisfaction with a returned dossier, once
create table dossier.rating (
    dossier   text primary key references dossier.dossier (code),
    score     text not null check (score in ('very_satisfied', 'satisfied', 'not_satisfied')),
    comment   text,
    rated_by  text not null,
    rated_at  timestamptz not null
);

-- e-mails to send to the applicant, written in the transition's transaction (an outbox)
create table dossier.notification (
    id         bigserial primary key,
    dossier    text not null references dossier.dossier (code),
    recipient  text not null,
    subject    text not null,
    body       text not null,
    created_at timestamptz not null,
    sent_at    timestamptz
);

create index notification_unsent on dossier.notification (id) where sent_at is null;
