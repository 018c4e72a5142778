-- Optimistic concurrency: rows two people may edit carry a version, exposed as the ETag and checked against If-Match.
alter table indicator add column version bigint not null default 0;
alter table delivery_plan add column version bigint not null default 0;
alter table risk add column version bigint not null default 0;
