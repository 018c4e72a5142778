-- Pooled budgets: partners, funds, contributions, reservations, payments and the double-entry journal.
-- Money is numeric(19,2); every statement figure is a sum of journal lines, never a stored total.

create table partner (
    id         varchar(64)  primary key,
    name       varchar(200) not null,
    kind       varchar(40)  not null,
    created_at timestamptz  not null
);

create table pooled_fund (
    id               varchar(36)  primary key,
    name             varchar(200) not null,
    purpose          varchar(2000) not null,
    host_partner_id  varchar(64)  not null references partner (id),
    financial_year   varchar(7)   not null,
    currency         char(3)      not null,
    risk_share_rule  varchar(20)  not null,
    status           varchar(20)  not null,
    created_at       timestamptz  not null
);

create table fund_indicator (
    fund_id        varchar(36) not null references pooled_fund (id),
    position       integer     not null,
    indicator_code varchar(40) not null,
    primary key (fund_id, position)
);

-- The fixed risk-share rule: each partner's percentage (they sum to 100).
create table fund_share (
    fund_id    varchar(36)   not null references pooled_fund (id),
    partner_id varchar(64)   not null references partner (id),
    percent    numeric(5,2)  not null check (percent > 0 and percent <= 100),
    primary key (fund_id, partner_id)
);

create table contribution (
    id          varchar(36)   primary key,
    fund_id     varchar(36)   not null references pooled_fund (id),
    partner_id  varchar(64)   not null references partner (id),
    kind        varchar(20)   not null,
    amount      numeric(19,2) not null check (amount > 0),
    contribution_date date    not null,
    reference   varchar(200),
    additional  boolean       not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(200)  not null
);
create index contribution_fund on contribution (fund_id, recorded_at, id);

-- One per award: reserved, then committed, or released. Amounts come from the journal.
create table reservation (
    id         varchar(36)   primary key,
    fund_id    varchar(36)   not null references pooled_fund (id),
    award_id   varchar(200)  not null unique,
    amount     numeric(19,2) not null check (amount > 0),
    status     varchar(20)   not null,
    created_at timestamptz   not null,
    updated_at timestamptz   not null
);
create index reservation_fund on reservation (fund_id, created_at, id);

create table payment (
    id             varchar(36)   primary key,
    fund_id        varchar(36)   not null references pooled_fund (id),
    reservation_id varchar(36)   not null references reservation (id),
    award_id       varchar(200)  not null,
    amount         numeric(19,2) not null check (amount > 0),
    payment_date   date          not null,
    reference      varchar(200),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null
);
create index payment_fund on payment (fund_id, recorded_at, id);

-- The journal: one entry per movement, its lines summing to zero (checked by the domain before writing).
create table journal_entry (
    id             bigserial    primary key,
    fund_id        varchar(36)  not null references pooled_fund (id),
    effective_date date         not null,
    recorded_at    timestamptz  not null,
    cause          varchar(40)  not null,
    cause_id       varchar(200) not null,
    award_id       varchar(200),
    description    varchar(500) not null
);
create index journal_entry_fund on journal_entry (fund_id, id);
create index journal_entry_award on journal_entry (fund_id, award_id) where award_id is not null;

create table journal_line (
    entry_id   bigint        not null references journal_entry (id),
    position   integer       not null,
    account    varchar(40)   not null,
    partner_id varchar(64),
    debit      numeric(19,2) not null check (debit >= 0),
    credit     numeric(19,2) not null check (credit >= 0),
    primary key (entry_id, position),
    check ((debit = 0) <> (credit = 0))
);
