-- Frameworks: how the partnership commissions, with its default evaluation model.
create table framework (
    id                       varchar(36)   primary key,
    name                     varchar(200)  not null,
    description              text          not null,
    principles               jsonb         not null,
    themes                   jsonb         not null,
    criteria                 jsonb         not null,
    reserved_lots_allowed    boolean       not null,
    proportionate_threshold  numeric(19,2),
    created_by_org_id        varchar(100)  not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    version                  integer       not null default 0
);

-- Opportunities (tenders and grants) with their lots, criteria and indicators as documents.
create table opportunity (
    id                      varchar(36)   primary key,
    owner_org_id            varchar(100)  not null,
    framework_id            varchar(36)   not null references framework (id),
    title                   varchar(300)  not null,
    description             text          not null,
    route                   varchar(20)   not null,
    fund_id                 varchar(100)  not null,
    lots                    jsonb         not null,
    criteria                jsonb         not null,
    indicators              jsonb         not null,
    estimated_value         numeric(19,2) not null,
    clarification_deadline  timestamptz   not null,
    submission_deadline     timestamptz   not null,
    status                  varchar(20)   not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    published_at            timestamptz,
    closed_at               timestamptz,
    cancelled_at            timestamptz,
    cancel_reason           varchar(1000),
    version                 integer       not null default 0
);
create index opportunity_status_deadline on opportunity (status, submission_deadline);

-- Clarification questions: the asker is kept to show them their own, never published.
create table question (
    id              varchar(36)   primary key,
    opportunity_id  varchar(36)   not null references opportunity (id),
    asker_org_id    varchar(100)  not null,
    text            varchar(4000) not null,
    answer          varchar(4000),
    asked_at        timestamptz   not null,
    answered_at     timestamptz
);
create index question_opportunity on question (opportunity_id, asked_at);

-- Bids opened by the bidding service at the deadline: what evaluation needs.
create table opened_bid (
    bid_id             varchar(100)  primary key,
    opportunity_id     varchar(36)   not null,
    lot_id             varchar(100)  not null,
    organisation_id    varchar(100)  not null,
    organisation_name  varchar(300)  not null,
    price              numeric(19,2) not null,
    currency           varchar(3)    not null,
    submitted_at       timestamptz   not null,
    opened_at          timestamptz   not null
);
create index opened_bid_lot on opened_bid (opportunity_id, lot_id);

-- Commissioners' scores of a bid's quality and social-value criteria.
create table evaluation (
    bid_id          varchar(100)  primary key references opened_bid (bid_id),
    opportunity_id  varchar(36)   not null,
    scores          jsonb         not null,
    comment         varchar(4000) not null,
    scored_by       varchar(200)  not null,
    scored_at       timestamptz   not null
);

-- Awards and their place in the saga.
create table award (
    id                  varchar(36)   primary key,
    opportunity_id      varchar(36)   not null references opportunity (id),
    lot_id              varchar(100)  not null,
    bid_id              varchar(100)  not null references opened_bid (bid_id),
    amount              numeric(19,2) not null,
    currency            varchar(3)    not null,
    fund_id             varchar(100)  not null,
    status              varchar(20)   not null,
    failure_reason      varchar(1000),
    cancel_reason       varchar(1000),
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    activated_at        timestamptz,
    ended_at            timestamptz,
    version             integer       not null default 0
);
-- One award in flight (or active) per lot, even under concurrent requests.
create unique index award_one_live_per_lot on award (opportunity_id, lot_id)
    where status in ('PENDING_FUNDING', 'ACTIVE');

-- The partners known to contribute to each pooled fund (OCDS funders).
create table fund_contributor (
    fund_id     varchar(100) not null,
    partner_id  varchar(100) not null,
    primary key (fund_id, partner_id)
);

-- The OCDS releases, one per change, in the order they were made.
create table ocds_release (
    position        bigserial     primary key,
    release_id      varchar(200)  not null unique,
    opportunity_id  varchar(36)   not null,
    released_at     timestamptz   not null,
    body            text          not null
);
create index ocds_release_date on ocds_release (released_at, position);
