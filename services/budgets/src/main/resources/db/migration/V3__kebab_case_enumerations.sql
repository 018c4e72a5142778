-- Enumerations are stored as the API spells them, in kebab-case (COUNTY_COUNCIL becomes county-council), so a
-- column, a JSON value and the API document say the same word.
update partner set kind = lower(replace(kind, '_', '-'));
update pooled_fund set risk_share_rule = lower(replace(risk_share_rule, '_', '-')),
                       status = lower(replace(status, '_', '-'));
update contribution set kind = lower(replace(kind, '_', '-'));
update reservation set status = lower(replace(status, '_', '-'));
update journal_entry set cause = lower(replace(cause, '_', '-'));
update journal_line set account = lower(replace(account, '_', '-'));
