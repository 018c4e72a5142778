-- The audit trail of funds (with their members, indicators and fixed shares), contributions, reservations and
-- payments, kept by Hibernate Envers in the same transaction as each change: one row per record and revision (rev,
-- pointing at the toolkit's audit_revision), revtype 0 created, 1 changed, 2 removed (with the last state kept).
-- The tables are as Envers maps the @Audited entities; columns are nullable because a revision holds what it holds.

create table pooled_fund_aud (
    id               varchar(36)   not null,
    rev              bigint        not null references audit_revision (id),
    revtype          smallint,
    name             varchar(200),
    purpose          varchar(2000),
    host_partner_id  varchar(64),
    financial_year   varchar(7),
    currency         char(3),
    risk_share_rule  varchar(20),
    status           varchar(20),
    created_at       timestamptz,
    primary key (rev, id)
);

create table fund_member_aud (
    rev        bigint      not null references audit_revision (id),
    fund_id    varchar(36) not null,
    partner_id varchar(64) not null,
    revtype    smallint,
    primary key (rev, fund_id, partner_id)
);

create table fund_indicator_aud (
    rev            bigint      not null references audit_revision (id),
    fund_id        varchar(36) not null,
    position       integer     not null,
    indicator_code varchar(40) not null,
    revtype        smallint,
    primary key (rev, fund_id, position, indicator_code)
);

create table fund_share_aud (
    rev        bigint       not null references audit_revision (id),
    fund_id    varchar(36)  not null,
    partner_id varchar(64)  not null,
    percent    numeric(5,2) not null,
    revtype    smallint,
    primary key (rev, fund_id, partner_id, percent)
);

create table contribution_aud (
    id                varchar(36)   not null,
    rev               bigint        not null references audit_revision (id),
    revtype           smallint,
    fund_id           varchar(36),
    partner_id        varchar(64),
    kind              varchar(20),
    amount            numeric(19,2),
    contribution_date date,
    reference         varchar(200),
    additional        boolean,
    recorded_at       timestamptz,
    recorded_by       varchar(200),
    primary key (rev, id)
);

create table reservation_aud (
    id         varchar(36)   not null,
    rev        bigint        not null references audit_revision (id),
    revtype    smallint,
    fund_id    varchar(36),
    award_id   varchar(200),
    amount     numeric(19,2),
    status     varchar(20),
    created_at timestamptz,
    updated_at timestamptz,
    primary key (rev, id)
);

create table payment_aud (
    id             varchar(36)   not null,
    rev            bigint        not null references audit_revision (id),
    revtype        smallint,
    fund_id        varchar(36),
    reservation_id varchar(36),
    award_id       varchar(200),
    amount         numeric(19,2),
    payment_date   date,
    reference      varchar(200),
    recorded_at    timestamptz,
    recorded_by    varchar(200),
    primary key (rev, id)
);

-- The history of one record, read newest first.
create index pooled_fund_aud_id on pooled_fund_aud (id, rev);
create index contribution_aud_id on contribution_aud (id, rev);
create index reservation_aud_id on reservation_aud (id, rev);
create index payment_aud_id on payment_aud (id, rev);
