-- The province a jurisdiction lies in, so that a province administrator's queries filter by one column.
alter table account.user_account add column jurisdiction_province text
    check (jurisdiction_province is null or jurisdiction_province ~ '^[0-9]{2}$');
create index user_account_jurisdiction on account.user_account (jurisdiction_province, jurisdiction_code);
