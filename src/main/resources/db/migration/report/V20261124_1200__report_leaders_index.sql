-- Agencies with a woman in a leadership post (gender indicators): for the nation the count read every
-- agency-level span (376,885 rows at national scale), a request of half a second that held up the others.
-- Leadership spans are a small part of them; this index answers from them alone, without the table.
create index if not exists staff_span_leaders on report.staff_span (valid_from)
    include (valid_to, agency, sex, province, unit) where position_group = 'leadership';
