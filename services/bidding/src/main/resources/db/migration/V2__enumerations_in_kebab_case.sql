-- Enumerations are stored in kebab-case, the same word as in the API (SUBMITTED is submitted,
-- COMMUNITY_INTEREST_COMPANY is community-interest-company).

update bid set status = lower(replace(status, '_', '-'));
update opportunity set status = lower(replace(status, '_', '-'));
update organisation set legal_form = lower(replace(legal_form, '_', '-')), size = lower(replace(size, '_', '-'));

drop index bid_one_live_per_lot;
create unique index bid_one_live_per_lot on bid (opportunity_id, lot_id, organisation_id) where status = 'submitted';
