-- Fund membership made explicit, ledger notes, and journal entries numbered within each fund.

-- The partners whose people may read a fund and put money in; the host is always one of them.
create table fund_member (
    fund_id    varchar(36) not null references pooled_fund (id),
    partner_id varchar(64) not null references partner (id),
    primary key (fund_id, partner_id)
);
create index fund_member_partner on fund_member (partner_id);

-- Until now a partner took part as host, fixed-share holder or contributor: each of them becomes a member.
insert into fund_member (fund_id, partner_id)
select id, host_partner_id from pooled_fund
union select fund_id, partner_id from fund_share
union select fund_id, partner_id from contribution
union select e.fund_id, l.partner_id from journal_line l join journal_entry e on e.id = l.entry_id
      where l.partner_id is not null;

-- Entry numbers per fund (1, 2, 3...), so that no partner learns from them how busy other funds are.
-- The last number given is kept on the fund row and raised by an update, which locks the row: two
-- concurrent postings to one fund can never get the same number.
alter table pooled_fund add column last_entry_number bigint not null default 0;
alter table journal_entry add column number bigint;
update journal_entry e set number = n.number
from (select id, row_number() over (partition by fund_id order by id) as number from journal_entry) n
where e.id = n.id;

-- Notes (opening, membership, closing) carry no lines; their description names two lists of members.
alter table journal_entry alter column description type varchar(8000);

-- A note in each existing fund's ledger saying how its membership was set.
insert into journal_entry (fund_id, number, effective_date, recorded_at, cause, cause_id, description)
select f.id,
       coalesce((select max(e.number) from journal_entry e where e.fund_id = f.id), 0) + 1,
       current_date, now(), 'MEMBERSHIP_CHANGED', f.id,
       'Members set when membership became explicit (the host, fixed-share holders and contributors): '
           || (select string_agg(m.partner_id, ', ' order by m.partner_id) from fund_member m where m.fund_id = f.id)
from pooled_fund f;

update pooled_fund f set last_entry_number = (select max(e.number) from journal_entry e where e.fund_id = f.id);
alter table journal_entry alter column number set not null;
create unique index journal_entry_fund_number on journal_entry (fund_id, number);

-- Other services learn each existing fund's members as they learn any change: FundMembershipChanged, through the
-- outbox, written as EventPublisher writes it.
insert into outbox (id, topic, message_key, type, source, subject, occurred_at, payload)
select gen_random_uuid()::text, 'budgets.funds', f.id, 'budgets.FundMembershipChanged.v1', '/budgets', f.id, now(),
       json_build_object(
           'fundId', f.id,
           'hostPartnerId', f.host_partner_id,
           'open', f.status = 'OPEN',
           'members', (select json_agg(m.partner_id order by m.partner_id) from fund_member m where m.fund_id = f.id),
           'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
from pooled_fund f;
