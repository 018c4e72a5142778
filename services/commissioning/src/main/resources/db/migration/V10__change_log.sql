-- The change feed for integrators (GET /api/changes/commissioning): one row per award made and per change of its
-- status, written in the same transaction by the toolkit's ChangeLog, its scope the opportunity's owning organisation.
-- Read in (txid, seq) order, only below the oldest running transaction, so that paging on from a cursor misses and
-- repeats nothing under concurrent writers.
create table change_log (
    txid        xid8         not null default pg_current_xact_id(),
    seq         bigserial    not null,
    entity_kind varchar(40)  not null,
    entity_id   varchar(200) not null,
    scope       varchar(200) not null,
    change_type varchar(40)  not null,
    changed_at  timestamptz  not null,
    resource    jsonb        not null,
    primary key (txid, seq)
);
-- A reader sees the changes of some scopes only (its funds, its organisation, its indicators).
create index change_log_scope on change_log (scope, txid, seq);
