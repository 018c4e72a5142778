-- The bench's bulk path (infra/bench): :count copies of one opportunity that the service itself created and published
-- through the API (:template), numbered from :first, each with copies of the template's OCDS releases. The rows have
-- the shape the service writes (same columns, same JSON documents, status published, versions 0); only the id, the
-- title, the description's last words and the deadlines differ, so that the list's order and the keyword search have
-- something to choose between. A keyword of the first list below is in one copy of ten.
begin;

create temporary table bench_copy on commit drop as
select n,
       md5('bench-opportunity-' || n)::uuid::text as id,
       (array['dementia', 'youth', 'carers', 'housing', 'transport', 'wellbeing', 'advice', 'meals', 'gardening',
              'employment'])[1 + n % 10] as word,
       (array['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal', 'valley', 'market'])[1 + (n / 10) % 10] as place
from generate_series(:first::bigint, :first::bigint + :count::bigint - 1) as n;

insert into opportunity (id, owner_org_id, framework_id, title, description, route, fund_id, lots, criteria, indicators,
                         estimated_value, clarification_deadline, submission_deadline, status, created_at, updated_at,
                         published_at, closed_at, cancelled_at, cancel_reason, version)
select c.id, t.owner_org_id, t.framework_id,
       'Bench copy ' || c.n || ': ' || initcap(c.word) || ' support, ' || c.place,
       t.description || ' (' || c.word || ', ' || c.place || ')',
       t.route, t.fund_id, t.lots, t.criteria, t.indicators, t.estimated_value,
       t.clarification_deadline + c.n * interval '1 minute', t.submission_deadline + c.n * interval '1 minute',
       t.status, t.created_at, t.updated_at, t.published_at, null, null, null, 0
from bench_copy c cross join opportunity t
where t.id = :'template';

-- Releases in the order they were made, as the feed reads them (position).
insert into ocds_release (release_id, opportunity_id, released_at, body)
select replace(r.release_id, :'template', c.id), c.id, r.released_at, replace(r.body, :'template', c.id)
from bench_copy c cross join ocds_release r
where r.opportunity_id = :'template'
order by c.n, r.position;

commit;
analyze opportunity;
analyze ocds_release;
