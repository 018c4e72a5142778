-- The audit trail of frameworks, opportunities, awards and evaluations, kept by Hibernate Envers in the same
-- transaction as each change: one row per record and revision (rev, pointing at the toolkit's audit_revision),
-- revtype 0 created, 1 changed, 2 removed (with the last state kept). The tables are as Envers maps the @Audited
-- entities; columns are nullable because a revision holds what it holds. The version column is not audited.

create table framework_aud (
    id                       varchar(36)   not null,
    rev                      bigint        not null references audit_revision (id),
    revtype                  smallint,
    name                     varchar(200),
    description              text,
    principles               jsonb,
    themes                   jsonb,
    criteria                 jsonb,
    reserved_lots_allowed    boolean,
    proportionate_threshold  numeric(19,2),
    created_by_org_id        varchar(100),
    created_at               timestamptz,
    updated_at               timestamptz,
    primary key (rev, id)
);

create table opportunity_aud (
    id                      varchar(36)   not null,
    rev                     bigint        not null references audit_revision (id),
    revtype                 smallint,
    owner_org_id            varchar(100),
    framework_id            varchar(36),
    title                   varchar(300),
    description             text,
    route                   varchar(20),
    fund_id                 varchar(100),
    lots                    jsonb,
    criteria                jsonb,
    indicators              jsonb,
    estimated_value         numeric(19,2),
    clarification_deadline  timestamptz,
    submission_deadline     timestamptz,
    status                  varchar(20),
    created_at              timestamptz,
    updated_at              timestamptz,
    published_at            timestamptz,
    closed_at               timestamptz,
    cancelled_at            timestamptz,
    cancel_reason           varchar(1000),
    primary key (rev, id)
);

create table evaluation_aud (
    bid_id          varchar(100)  not null,
    rev             bigint        not null references audit_revision (id),
    revtype         smallint,
    opportunity_id  varchar(36),
    scores          jsonb,
    comment         varchar(4000),
    scored_by       varchar(200),
    scored_at       timestamptz,
    primary key (rev, bid_id)
);

create table award_aud (
    id              varchar(36)   not null,
    rev             bigint        not null references audit_revision (id),
    revtype         smallint,
    opportunity_id  varchar(36),
    lot_id          varchar(100),
    bid_id          varchar(100),
    amount          numeric(19,2),
    currency        varchar(3),
    fund_id         varchar(100),
    status          varchar(20),
    failure_reason  varchar(1000),
    cancel_reason   varchar(1000),
    created_by      varchar(200),
    created_at      timestamptz,
    activated_at    timestamptz,
    ended_at        timestamptz,
    primary key (rev, id)
);

-- The history of one record, read newest first.
create index framework_aud_id on framework_aud (id, rev);
create index opportunity_aud_id on opportunity_aud (id, rev);
create index evaluation_aud_id on evaluation_aud (bid_id, rev);
create index award_aud_id on award_aud (id, rev);
