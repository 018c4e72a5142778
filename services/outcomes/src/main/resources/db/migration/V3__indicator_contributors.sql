-- The partners who contribute to an indicator besides its owner: their performance officers may report its
-- measurements, and their contracts may count towards it.
create table indicator_contributor (
    indicator_code varchar(32)  not null references indicator (code) on delete cascade,
    partner_id     varchar(100) not null,
    primary key (indicator_code, partner_id)
);
create index indicator_contributor_partner on indicator_contributor (partner_id);
