-- The audit trail of organisations and bids, kept by Hibernate Envers in the same transaction as each change: one row
-- per record and revision (rev, pointing at the toolkit's audit_revision), revtype 0 created, 1 changed, 2 removed
-- (with the last state kept). The tables are as Envers maps the @Audited entities; columns are nullable because a
-- revision holds what it holds. A bid's sealed price and content are @NotAudited and have no columns here: the trail,
-- read by others than the bidder, never holds them.

create table organisation_aud (
    id               varchar(100) not null,
    rev              bigint       not null references audit_revision (id),
    revtype          smallint,
    name             varchar(200),
    legal_form       varchar(50),
    charity_number   varchar(10),
    company_number   varchar(8),
    size             varchar(20),
    districts_served jsonb,
    contact_email    varchar(254),
    registered_at    timestamptz,
    updated_at       timestamptz,
    primary key (rev, id)
);

create table bid_aud (
    id              varchar(36)  not null,
    rev             bigint       not null references audit_revision (id),
    revtype         smallint,
    opportunity_id  varchar(100),
    lot_id          varchar(100),
    organisation_id varchar(100),
    status          varchar(20),
    submitted_at    timestamptz,
    updated_at      timestamptz,
    withdrawn_at    timestamptz,
    opened_at       timestamptz,
    cancelled_at    timestamptz,
    score           numeric,
    rank            integer,
    feedback        text,
    award_id        varchar(100),
    outcome_at      timestamptz,
    primary key (rev, id)
);

-- The history of one record, read newest first.
create index organisation_aud_id on organisation_aud (id, rev);
create index bid_aud_id on bid_aud (id, rev);
