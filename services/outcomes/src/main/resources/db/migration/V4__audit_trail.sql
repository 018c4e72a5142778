-- The audit trail of indicators (with their contributors and targets), measurements (with their districts'
-- values), delivery plans (with their actions), challenges and risks (with the indicators they threaten), kept by
-- Hibernate Envers in the same transaction as each change: one row per record and revision (rev, pointing at the
-- toolkit's audit_revision), revtype 0 created, 1 changed, 2 removed (with the last state kept); a collection's rows
-- say which elements a revision added (0) or removed (2). The tables are as Envers maps the @Audited entities;
-- columns are nullable because a revision holds what it holds. Version columns are not audited.

create table indicator_aud (
    code               varchar(32)   not null,
    rev                bigint        not null references audit_revision (id),
    revtype            smallint,
    title              varchar(300),
    kind               varchar(20),
    polarity           varchar(20),
    unit               varchar(100),
    theme              varchar(100),
    owner_partnership  varchar(100),
    baseline_period    varchar(10),
    baseline_value     numeric(19,4),
    status             varchar(10),
    created_at         timestamptz,
    updated_at         timestamptz,
    primary key (rev, code)
);

create table indicator_contributor_aud (
    rev            bigint       not null references audit_revision (id),
    indicator_code varchar(32)  not null,
    partner_id     varchar(100) not null,
    revtype        smallint,
    primary key (rev, indicator_code, partner_id)
);

-- Targets are a set of (period, value): each row of a revision is told apart by its ordinal in that set.
create table indicator_target_aud (
    rev            bigint        not null references audit_revision (id),
    indicator_code varchar(32)   not null,
    setordinal     integer       not null,
    revtype        smallint      not null,
    period         varchar(10),
    value          numeric(19,4),
    primary key (rev, indicator_code, setordinal, revtype)
);

create table measurement_aud (
    id              varchar(36)   not null,
    rev             bigint        not null references audit_revision (id),
    revtype         smallint,
    indicator_code  varchar(32),
    period          varchar(10),
    period_end      integer,
    revision        integer,
    value           numeric(19,4),
    data_quality    varchar(20),
    source          varchar(300),
    recorded_by     varchar(200),
    recorded_by_org varchar(100),
    recorded_at     timestamptz,
    primary key (rev, id)
);

create table measurement_district_aud (
    rev            bigint        not null references audit_revision (id),
    measurement_id varchar(36)   not null,
    position       integer       not null,
    revtype        smallint      not null,
    district       varchar(100),
    value          numeric(19,4),
    primary key (rev, measurement_id, position, revtype)
);

create table delivery_plan_aud (
    indicator_code varchar(32)  not null,
    rev            bigint       not null references audit_revision (id),
    revtype        smallint,
    owner          varchar(200),
    updated_by     varchar(200),
    updated_at     timestamptz,
    primary key (rev, indicator_code)
);

create table delivery_action_aud (
    rev            bigint       not null references audit_revision (id),
    indicator_code varchar(32)  not null,
    position       integer      not null,
    revtype        smallint     not null,
    title          varchar(300),
    owner          varchar(200),
    due            date,
    status         varchar(20),
    primary key (rev, indicator_code, position, revtype)
);

create table challenge_aud (
    id              varchar(36)   not null,
    rev             bigint        not null references audit_revision (id),
    revtype         smallint,
    indicator_code  varchar(32),
    state           varchar(20),
    question        varchar(4000),
    raised_by       varchar(200),
    raised_by_org   varchar(100),
    raised_at       timestamptz,
    response        varchar(4000),
    answered_by     varchar(200),
    answered_at     timestamptz,
    resolved_at     timestamptz,
    primary key (rev, id)
);

create table risk_aud (
    id          varchar(36)   not null,
    rev         bigint        not null references audit_revision (id),
    revtype     smallint,
    title       varchar(300),
    likelihood  integer,
    impact      integer,
    score       integer,
    mitigation  varchar(4000),
    owner       varchar(200),
    status      varchar(10),
    org_id      varchar(100),
    created_at  timestamptz,
    updated_at  timestamptz,
    primary key (rev, id)
);

create table risk_indicator_aud (
    rev            bigint      not null references audit_revision (id),
    risk_id        varchar(36) not null,
    indicator_code varchar(32) not null,
    revtype        smallint,
    primary key (rev, risk_id, indicator_code)
);

-- The history of one record, read newest first.
create index indicator_aud_code on indicator_aud (code, rev);
create index measurement_aud_id on measurement_aud (id, rev);
create index delivery_plan_aud_code on delivery_plan_aud (indicator_code, rev);
create index challenge_aud_id on challenge_aud (id, rev);
create index risk_aud_id on risk_aud (id, rev);
