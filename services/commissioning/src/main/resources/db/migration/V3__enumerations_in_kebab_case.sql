-- Enumerations are stored in kebab-case, the same word as in the API (PENDING_FUNDING is pending-funding).

update opportunity set status = lower(replace(status, '_', '-')), route = lower(replace(route, '_', '-'));
update award set status = lower(replace(status, '_', '-'));

drop index award_one_live_per_lot;
create unique index award_one_live_per_lot on award (opportunity_id, lot_id)
    where status in ('pending-funding', 'active');
