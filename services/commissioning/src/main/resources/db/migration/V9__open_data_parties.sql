-- The partners as the budgets service names them (learnt with each fund's membership): the open data (OCDS parties,
-- 360Giving funding organisations) names the partners, not only their ids.
create table partner (
    id          varchar(100) primary key,
    name        varchar(200) not null,
    identifier  varchar(100),
    changed_at  timestamptz  not null
);

-- What a bid's opening says of the bidding organisation, by which open data identifies it (GB-CHC-, GB-COH-) and
-- where its beneficiaries are. Bids opened before these columns existed have none of it.
alter table opened_bid add column legal_form varchar(60);
alter table opened_bid add column charity_number varchar(100);
alter table opened_bid add column company_number varchar(100);
alter table opened_bid add column districts_served jsonb not null default '[]';
