-- The outcomes service: indicators and their targets, measurements (with revisions), delivery plans,
-- challenges, risks, and the contracts and payments linked to indicators from other services' events.

create table indicator (
    code               varchar(32)   primary key,
    title              varchar(300)  not null,
    kind               varchar(20)   not null,
    polarity           varchar(20)   not null,
    unit               varchar(100)  not null,
    theme              varchar(100)  not null,
    owner_partnership  varchar(100)  not null,
    baseline_period    varchar(10)   not null,
    baseline_value     numeric(19,4) not null,
    status             varchar(10)   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index indicator_theme on indicator (theme);

create table indicator_target (
    indicator_code varchar(32)   not null references indicator (code) on delete cascade,
    period         varchar(10)   not null,
    value          numeric(19,4) not null,
    primary key (indicator_code, period)
);

-- One row per value reported; a later value for the same period is a higher revision, earlier ones are kept.
create table measurement (
    id              varchar(36)   primary key,
    indicator_code  varchar(32)   not null references indicator (code),
    period          varchar(10)   not null,
    period_end      integer       not null,
    revision        integer       not null,
    value           numeric(19,4) not null,
    data_quality    varchar(20)   not null,
    source          varchar(300)  not null,
    recorded_by     varchar(200)  not null,
    recorded_by_org varchar(100),
    recorded_at     timestamptz   not null,
    unique (indicator_code, period, revision)
);

create table measurement_district (
    measurement_id varchar(36)   not null references measurement (id) on delete cascade,
    position       integer       not null,
    district       varchar(100)  not null,
    value          numeric(19,4) not null,
    primary key (measurement_id, position)
);

create table delivery_plan (
    indicator_code varchar(32)  primary key references indicator (code),
    owner          varchar(200) not null,
    updated_by     varchar(200) not null,
    updated_at     timestamptz  not null
);

create table delivery_action (
    indicator_code varchar(32)  not null references delivery_plan (indicator_code) on delete cascade,
    position       integer      not null,
    title          varchar(300) not null,
    owner          varchar(200) not null,
    due            date         not null,
    status         varchar(20)  not null,
    primary key (indicator_code, position)
);

create table challenge (
    id              varchar(36)   primary key,
    indicator_code  varchar(32)   not null references indicator (code),
    state           varchar(20)   not null,
    question        varchar(4000) not null,
    raised_by       varchar(200)  not null,
    raised_by_org   varchar(100)  not null,
    raised_at       timestamptz   not null,
    response        varchar(4000),
    answered_by     varchar(200),
    answered_at     timestamptz,
    resolved_at     timestamptz
);
create index challenge_indicator on challenge (indicator_code, raised_at);

create table risk (
    id          varchar(36)   primary key,
    title       varchar(300)  not null,
    likelihood  integer       not null check (likelihood between 1 and 5),
    impact      integer       not null check (impact between 1 and 5),
    score       integer       not null,
    mitigation  varchar(4000) not null,
    owner       varchar(200)  not null,
    status      varchar(10)   not null,
    org_id      varchar(100)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index risk_score on risk (score desc, id);

create table risk_indicator (
    risk_id        varchar(36) not null references risk (id) on delete cascade,
    indicator_code varchar(32) not null,
    primary key (risk_id, indicator_code)
);
create index risk_indicator_code on risk_indicator (indicator_code);

-- Contracts announced by commissioning (ContractAwarded), identified by their award id.
create table contract (
    award_id                 varchar(100)  primary key,
    opportunity_id           varchar(100)  not null,
    opportunity_title        varchar(500)  not null,
    owner_org_id             varchar(100)  not null,
    supplier_organisation_id varchar(100)  not null,
    supplier_name            varchar(300)  not null,
    amount                   numeric(19,2) not null,
    currency                 varchar(3)    not null,
    fund_id                  varchar(100)  not null,
    awarded_at               timestamptz   not null,
    cancelled_at             timestamptz
);

create table contract_indicator (
    award_id             varchar(100)  not null references contract (award_id),
    indicator_code       varchar(200)  not null,
    expected_improvement numeric(19,4) not null,
    primary key (award_id, indicator_code)
);
create index contract_indicator_code on contract_indicator (indicator_code);

-- Payments from budgets (PaymentRecorded), kept even when they arrive before their contract.
create table payment (
    payment_id  varchar(100)  primary key,
    award_id    varchar(100)  not null,
    fund_id     varchar(100)  not null,
    amount      numeric(19,2) not null,
    currency    varchar(3)    not null,
    paid_on     date          not null,
    recorded_at timestamptz   not null
);
create index payment_award on payment (award_id);
