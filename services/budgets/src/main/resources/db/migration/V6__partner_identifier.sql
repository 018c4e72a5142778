-- A partner's organisation identifier in the org-id.guide form (GB-LAE-KEN, GB-NHS-RVV), by which open data names it.
alter table partner add column identifier varchar(100);

-- Other services learn the members' names with each fund's membership: announce every existing fund again, now with
-- its partners, through the outbox, written as EventPublisher writes it.
insert into outbox (id, topic, message_key, type, source, subject, occurred_at, payload)
select gen_random_uuid()::text, 'budgets.funds', f.id, 'budgets.FundMembershipChanged.v1', '/budgets', f.id, now(),
       json_build_object(
           'fundId', f.id,
           'hostPartnerId', f.host_partner_id,
           'open', f.status = 'open',
           'members', (select json_agg(m.partner_id order by m.partner_id) from fund_member m where m.fund_id = f.id),
           'partners', (select json_agg(json_build_object('id', p.id, 'name', p.name, 'identifier', p.identifier)
                                        order by p.id)
                        from fund_member m join partner p on p.id = m.partner_id where m.fund_id = f.id),
           'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
from pooled_fund f;
