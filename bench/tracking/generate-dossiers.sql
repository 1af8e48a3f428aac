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
            finished_at, check_code_hash, version)
    select code, '1.001022', 1, 1, 'Thủ tục đăng ký nhận cha, mẹ, con', 'online',
           'citizen' || (i % 200000), 'Nguyễn Thị Lan ' || i, lpad((i % 1000000000000)::text, 12, '0'),
           (i % 300) || ' Phố Huế, Hà Nội', 'user' || i || '@example.vn', '09' || lpad((i % 100000000)::text, 8, '0'),
           province, commune, 'commune', 'commune', status, submitted,
           case when steps >= 2 then submitted + interval '2 hours' end,
           case when steps >= 2 then submitted + interval '3 days' end,
           case when steps >= 2 then submitted + interval '3 days' end,
           '', 1440,
           case when steps = 7 then submitted + interval '2 days' end,
           encode(sha256(convert_to(bench_gen.check_code(i), 'UTF8')), 'hex'),
           steps
    from g order by i
)
insert into dossier.transition (dossier, action, from_status, to_status, actor, at, reason)
select g.code, ch.action, ch.from_status, ch.to_status, ch.actor, g.submitted + ch.after, null
from g join bench_gen.chain ch on ch.step <= g.steps
order by g.i, ch.step;
