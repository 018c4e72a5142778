-- Bidding: third-sector organisations, this service's view of opportunities, and sealed bids.

create table organisation (
    id               varchar(100) primary key,
    name             varchar(200) not null,
    legal_form       varchar(50)  not null,
    charity_number   varchar(10),
    company_number   varchar(8),
    size             varchar(20)  not null,
    districts_served text         not null,
    contact_email    varchar(254) not null,
    registered_at    timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

-- Built from commissioning.opportunities events: lots and criteria as JSON documents.
create table opportunity (
    id                  varchar(100) primary key,
    owner_org_id        varchar(100) not null,
    title               varchar(500),
    status              varchar(20)  not null,
    submission_deadline timestamptz,
    lots                text         not null,
    criteria            text         not null,
    closed_at           timestamptz,
    cancelled_at        timestamptz
);

create table bid (
    id              varchar(36)   primary key,
    opportunity_id  varchar(100)  not null,
    lot_id          varchar(100)  not null,
    organisation_id varchar(100)  not null references organisation (id),
    status          varchar(20)   not null,
    price_amount    numeric(19,2) not null,
    price_currency  char(3)       not null,
    content         text          not null,
    submitted_at    timestamptz   not null,
    updated_at      timestamptz   not null,
    withdrawn_at    timestamptz,
    opened_at       timestamptz,
    cancelled_at    timestamptz,
    score           numeric,
    rank            integer,
    feedback        text,
    award_id        varchar(100),
    outcome_at      timestamptz,
    version         bigint        not null default 0
);

-- One live bid per organisation per lot, even under concurrent submissions.
create unique index bid_one_live_per_lot on bid (opportunity_id, lot_id, organisation_id) where status = 'SUBMITTED';
create index bid_by_organisation on bid (organisation_id, submitted_at desc);
create index bid_by_opportunity on bid (opportunity_id, lot_id);
