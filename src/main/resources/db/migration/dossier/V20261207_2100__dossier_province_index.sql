-- One index for a province's dossiers by status and step instead of two: (province, status) was a prefix of
-- what the queues need, and (province, step_role, status) could not serve a query by status alone. Every
-- dossier row written (at submission and at each step, since the status changes) updated both.
drop index dossier.dossier_province_status;
drop index dossier.dossier_province_step;
create index dossier_province_status_step on dossier.dossier (receiving_province, status, step_role);
