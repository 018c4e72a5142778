-- JSON documents in jsonb columns; what they hold is unchanged (the same fields, decimals as strings).

alter table organisation alter column districts_served type jsonb using districts_served::jsonb;
alter table opportunity alter column lots type jsonb using lots::jsonb,
                        alter column criteria type jsonb using criteria::jsonb;
alter table bid alter column content type jsonb using content::jsonb;
