-- One batch of generated dossiers with their transitions, straight into dossier.dossier and
-- dossier.transition of a Haicap database: rows :from .. :from + :batch - 1 (generate-dossiers.sh calls it
-- once per batch; generate-setup.sql defines the helpers in schema bench_gen).
--
-- Row number i (0-based) maps to one dossier:
--   commune   = the (i / 3012)-th of the 3,321 current communes, in the order of their agency code
--   day, seq  = (i % 3012) / 6 days after 2025-07-01, number (i % 3012) % 6 + 1 that day
--   code      = H<province>.<commune>-YYMMDD-NNNN, so codes grow with i and the primary key is appended to
--   check code= six letters of the check-code alphabet derived from i (bench_gen.check_code(i)); only its
--               SHA-256 is stored, as the application does
--   stage     = how far it went (i % 20): 40% returned (7 transitions), 15% processed (4), 20% in process (3),
--               15% received (2), 10% submitted (1): 4.4 transitions per dossier on average
-- For the reports benchmark (bench/reports) the rows also vary what the service index reads:
--   channel   = online 60% (i % 10 < 6), counter 30%, post 10%; procedure one of three (i % 3)
--   returned  = finished 2 days after submission (before the 3-day appointment), 1 in 7 after 4 days (late);
--               4 in 5 with an electronic result; 1 in 3 rated (1 in 4 of those not satisfied)
--   payment   = 3 in 10 owe a fee (i % 10 < 3), paid online on the national portal when i % 10 = 0
-- The same functions write the sample of codes and check codes that the wrk script looks up.
\set ON_ERROR_STOP on
set synchronous_commit = off;
-- no foreign-key triggers: the generated transitions name generated dossiers (superuser only)
set session_replication_role = replica;

with g as materialized (
    select g.i, bench_gen.code(c.agency, g.i) as code, c.province, c.commune,
           bench_gen.submitted_at(g.i) as submitted, s.steps, s.status
    from generate_series(:from::bigint, :from::bigint + :batch - 1) as g(i)
    join bench_gen.commune c on c.n = g.i / 3012
    join bench_gen.stage s on s.stage = g.i % 20
), dossiers as (
    insert into dossier.dossier (code, procedure_code, procedure_version, workflow_version, procedure_name, channel,
            applicant_username, applicant_name, applicant_id_number, applicant_address, applicant_email,
            applicant_phone, receiving_province, receiving_commune, competent_level, processing_level, status,
            submitted_at, received_at, due_at, original_due_at, holidays_skipped, time_limit_minutes,
            finished_at, check_code_hash, version, result_document, result_code)
    select code, (array['1.001022', '1.000894', '2.000986'])[i % 3 + 1], 1, 1, 'Thủ tục đăng ký nhận cha, mẹ, con',
           case when i % 10 < 6 then 'online' when i % 10 < 9 then 'counter' else 'post' end,
           'citizen' || (i % 200000), 'Nguyễn Thị Lan ' || i, lpad((i % 1000000000000)::text, 12, '0'),
           (i % 300) || ' Phố Huế, Hà Nội', 'user' || i || '@example.vn', '09' || lpad((i % 100000000)::text, 8, '0'),
           province, commune, 'commune', 'commune', status, submitted,
           case when steps >= 2 then submitted + interval '2 hours' end,
           case when steps >= 2 then submitted + interval '3 days' end,
           case when steps >= 2 then submitted + interval '3 days' end,
           '', 1440,
           case when steps = 7 and i % 7 = 0 then submitted + interval '4 days'
                when steps = 7 then submitted + interval '2 days' end,
           encode(sha256(convert_to(bench_gen.check_code(i), 'UTF8')), 'hex'),
           steps,
           case when steps = 7 and i % 5 <> 0 then md5(code)::uuid end,
           case when steps = 7 and i % 5 <> 0 then 'KQ' || i end
    from g order by i
), ratings as (
    insert into dossier.rating (dossier, score, rated_by, rated_at)
    select code, case when i % 4 = 0 then 'not_satisfied' when i % 4 = 1 then 'very_satisfied' else 'satisfied' end,
           'citizen' || (i % 200000), submitted + interval '3 days'
    from g where steps = 7 and i % 3 = 0
), payments as (
    insert into dossier.payment (dossier, submission_channel, status, channel, receipt_no, paid_at, paid_by, created_at)
    select code, case when i % 10 < 6 then 'online' when i % 10 < 9 then 'counter' else 'post' end,
           case when steps >= 2 then 'paid' else 'due' end,
           case when steps >= 2 then (case when i % 10 = 0 then 'national_portal' else 'cash' end) end,
           case when steps >= 2 then 'BL' || i end, case when steps >= 2 then submitted + interval '2 hours' end,
           case when steps >= 2 then 'counter.hanoi' end, submitted
    from g where i % 10 < 3
)
insert into dossier.transition (dossier, action, from_status, to_status, actor, at, reason)
select g.code, ch.action, ch.from_status, ch.to_status, ch.actor, g.submitted + ch.after, null
from g join bench_gen.chain ch on ch.step <= g.steps
order by g.i, ch.step;
