-- Financial years (April to March) of each fund, their budget lines, the plans of awards' commitments (a line and
-- a payment schedule), monthly forecasts, the settlement of each closed year, and the members' approvals of a
-- carry-forward. Each is audited by Envers like the other records.

create table fund_year (
    id                  varchar(36)   primary key,
    fund_id             varchar(36)   not null references pooled_fund (id),
    label               varchar(7)    not null,
    status              varchar(20)   not null,
    settlement_rule     varchar(20)   not null,
    host_tranche        numeric(19,2) check (host_tranche >= 0),
    opened_at           timestamptz   not null,
    closed_at           timestamptz,
    closed_by           varchar(200),
    contributions       numeric(19,2),
    carried_in          numeric(19,2),
    spent               numeric(19,2),
    rolled_in           numeric(19,2),
    rolled_out          numeric(19,2),
    variance            numeric(19,2),
    underspend_decision varchar(20)   not null,
    unique (fund_id, label)
);

create table fund_year_share (
    year_id    varchar(36)  not null references fund_year (id),
    partner_id varchar(64)  not null,
    percent    numeric(5,2) not null check (percent > 0 and percent <= 100),
    primary key (year_id, partner_id)
);

create table fund_year_settlement (
    year_id    varchar(36)   not null references fund_year (id),
    partner_id varchar(64)   not null,
    amount     numeric(19,2) not null,
    primary key (year_id, partner_id)
);

create table fund_year_approval (
    year_id     varchar(36)  not null references fund_year (id),
    partner_id  varchar(64)  not null,
    approved_by varchar(200) not null,
    primary key (year_id, partner_id)
);

create table budget_line (
    id         varchar(36)   primary key,
    fund_id    varchar(36)   not null references pooled_fund (id),
    year_label varchar(7)    not null,
    code       varchar(40)   not null,
    name       varchar(200)  not null,
    budget     numeric(19,2) not null check (budget >= 0),
    updated_at timestamptz   not null,
    updated_by varchar(200)  not null,
    unique (fund_id, year_label, code)
);

create table commitment_plan (
    award_id   varchar(200) primary key,
    fund_id    varchar(36)  not null references pooled_fund (id),
    line_code  varchar(40)  not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);

create table commitment_schedule (
    award_id varchar(200)  not null references commitment_plan (award_id),
    position integer       not null,
    month    varchar(7)    not null,
    amount   numeric(19,2) not null check (amount > 0),
    primary key (award_id, position)
);

create table forecast (
    id          varchar(36)   primary key,
    fund_id     varchar(36)   not null references pooled_fund (id),
    year_label  varchar(7)    not null,
    month       varchar(7)    not null,
    line_code   varchar(40)   not null,
    amount      numeric(19,2) not null check (amount >= 0),
    source      varchar(20)   not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(200)  not null,
    unique (fund_id, year_label, month, line_code)
);

create table fund_year_aud (
    id                  varchar(36) not null,
    rev                 bigint      not null references audit_revision (id),
    revtype             smallint,
    fund_id             varchar(36),
    label               varchar(7),
    status              varchar(20),
    settlement_rule     varchar(20),
    host_tranche        numeric(19,2),
    opened_at           timestamptz,
    closed_at           timestamptz,
    closed_by           varchar(200),
    contributions       numeric(19,2),
    carried_in          numeric(19,2),
    spent               numeric(19,2),
    rolled_in           numeric(19,2),
    rolled_out          numeric(19,2),
    variance            numeric(19,2),
    underspend_decision varchar(20),
    primary key (rev, id)
);

create table fund_year_share_aud (
    rev        bigint       not null references audit_revision (id),
    year_id    varchar(36)  not null,
    partner_id varchar(64)  not null,
    percent    numeric(5,2) not null,
    revtype    smallint,
    primary key (rev, year_id, partner_id, percent)
);

create table fund_year_settlement_aud (
    rev        bigint        not null references audit_revision (id),
    year_id    varchar(36)   not null,
    partner_id varchar(64)   not null,
    amount     numeric(19,2) not null,
    revtype    smallint,
    primary key (rev, year_id, partner_id, amount)
);

create table fund_year_approval_aud (
    rev         bigint       not null references audit_revision (id),
    year_id     varchar(36)  not null,
    partner_id  varchar(64)  not null,
    approved_by varchar(200) not null,
    revtype     smallint,
    primary key (rev, year_id, partner_id, approved_by)
);

create table budget_line_aud (
    id         varchar(36) not null,
    rev        bigint      not null references audit_revision (id),
    revtype    smallint,
    fund_id    varchar(36),
    year_label varchar(7),
    code       varchar(40),
    name       varchar(200),
    budget     numeric(19,2),
    updated_at timestamptz,
    updated_by varchar(200),
    primary key (rev, id)
);

create table commitment_plan_aud (
    award_id   varchar(200) not null,
    rev        bigint       not null references audit_revision (id),
    revtype    smallint,
    fund_id    varchar(36),
    line_code  varchar(40),
    updated_at timestamptz,
    updated_by varchar(200),
    primary key (rev, award_id)
);

create table commitment_schedule_aud (
    rev      bigint        not null references audit_revision (id),
    award_id varchar(200)  not null,
    position integer       not null,
    month    varchar(7)    not null,
    amount   numeric(19,2) not null,
    revtype  smallint,
    primary key (rev, award_id, position, month, amount)
);

create table forecast_aud (
    id          varchar(36) not null,
    rev         bigint      not null references audit_revision (id),
    revtype     smallint,
    fund_id     varchar(36),
    year_label  varchar(7),
    month       varchar(7),
    line_code   varchar(40),
    amount      numeric(19,2),
    source      varchar(20),
    recorded_at timestamptz,
    recorded_by varchar(200),
    primary key (rev, id)
);

create index journal_entry_fund_date on journal_entry (fund_id, effective_date);
