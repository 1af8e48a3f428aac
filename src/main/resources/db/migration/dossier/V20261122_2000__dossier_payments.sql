-- what a dossier owes (fees and charges of its procedure version and channel) and how it was paid
create table dossier.payment (
    dossier            text primary key references dossier.dossier (code),
    submission_channel text not null check (submission_channel in ('online', 'counter', 'post')),
    status             text not null check (status in ('due', 'paid', 'free', 'to_be_determined')),
    channel            text check (channel in ('cash', 'counter_electronic', 'national_portal', 'local_gateway', 'postal')),
    receipt_no         text,
    paid_at            timestamptz,
    paid_by            text,
    created_at         timestamptz not null,
    check ((status = 'paid') = (paid_at is not null and receipt_no is not null and channel is not null and paid_by is not null))
);

create table dossier.payment_item (
    dossier     text not null references dossier.payment (dossier),
    position    int not null,
    type        text not null check (type in ('fee', 'charge', 'other_obligation')),
    -- VND; null while the amount is set locally and not known yet
    amount      bigint check (amount >= 0),
    description text not null,
    legal_basis text,
    primary key (dossier, position)
);

