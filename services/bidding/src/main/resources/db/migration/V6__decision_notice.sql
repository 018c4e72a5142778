-- The award decision notice a bid's organisation reads: its score on each criterion beside the winner's, and when
-- the standstill ends (until then the contract may not be entered into, and an unsuccessful bidder may challenge).
alter table bid add column criterion_scores jsonb;
alter table bid add column standstill_ends_at timestamptz;
alter table bid_aud add column criterion_scores jsonb;
alter table bid_aud add column standstill_ends_at timestamptz;
