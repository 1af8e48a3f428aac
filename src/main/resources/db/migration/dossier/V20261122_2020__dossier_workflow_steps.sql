-- where each dossier stands in its workflow version; kind, role and agency are copies of the step so that
-- "what I must act on" is a query
alter table dossier.dossier
    add column step_index     int not null default 0,
    add column step_kind      text,
    add column step_role      text,
    add column step_agency    text,
    add column step_due_at    timestamptz,
    add column extension_late boolean not null default false;

-- dossiers created before workflows were followed step by step: place them on the step their status implies
update dossier.dossier set step_kind = 'receive', step_role = 'counter_officer', step_agency = 'commune'
    where status in ('submitted', 'supplement_before_receipt');
update dossier.dossier set step_index = 1, step_kind = 'process', step_role = 'specialist', step_agency = 'commune'
    where status in ('received', 'in_process', 'supplement_in_process');
update dossier.dossier set step_index = 3, step_kind = 'sign', step_role = 'leader', step_agency = 'commune'
    where status = 'processed';
update dossier.dossier set step_index = 4, step_kind = 'return', step_role = 'counter_officer', step_agency = 'commune'
    where status in ('resolved_approved', 'resolved_not_eligible', 'result_at_counter');
update dossier.dossier set step_index = 5 where status = 'returned';

create index dossier_province_step on dossier.dossier (receiving_province, step_role, status);

alter table dossier.transition
    add column step_kind   text,
    add column step_due_at timestamptz;
