-- Keyword search by PostgreSQL full-text search: a stored, weighted document (title above description) with a GIN
-- index, so that a search costs the same at a hundred thousand opportunities as at a thousand.
alter table opportunity add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')) stored;
create index opportunity_search on opportunity using gin (search);

-- The listing's order and filters, each backed by an index.
create index opportunity_deadline on opportunity (submission_deadline, id);
create index opportunity_owner on opportunity (owner_org_id);
create index opportunity_framework on opportunity (framework_id);
create index opportunity_indicators on opportunity using gin (indicators jsonb_path_ops);
create index opportunity_estimated_value on opportunity (estimated_value);
