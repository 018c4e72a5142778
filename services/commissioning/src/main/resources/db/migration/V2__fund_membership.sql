-- Who may draw on each pooled fund, learnt from the budgets service's FundMembershipChanged events: whether the
-- fund is open and its member partners (the whole set, replaced by each event).
create table fund_membership (
    fund_id          varchar(100) primary key,
    host_partner_id  varchar(100) not null,
    open             boolean      not null,
    members          jsonb        not null,
    changed_at       timestamptz  not null
);
