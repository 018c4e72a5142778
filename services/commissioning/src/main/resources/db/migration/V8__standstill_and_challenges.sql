-- The standstill between an award decision and its contract, and the challenges unsuccessful bidders bring in it.

alter table framework add column standstill_working_days integer not null default 8;
alter table framework_aud add column standstill_working_days integer;

alter table award alter column status type varchar(20);
alter table award add column standstill_started_at timestamptz;
alter table award add column standstill_ends_at timestamptz;
-- The decision's trace, which the standstill job's contract events continue (not audited).
alter table award add column traceparent varchar(100);
-- The contract of an award made before the standstill existed was entered into when it became active.
update award set standstill_started_at = activated_at, standstill_ends_at = activated_at where activated_at is not null;
alter table award_aud add column standstill_started_at timestamptz;
alter table award_aud add column standstill_ends_at timestamptz;

-- One live award per lot, its standstill and suspension included.
drop index award_one_live_per_lot;
create unique index award_one_live_per_lot on award (opportunity_id, lot_id)
    where status in ('pending-funding', 'standstill', 'suspended', 'active');
-- The standstill job finds the awards whose standstill has ended.
create index award_standstill_due on award (standstill_ends_at) where status = 'standstill';

create table award_challenge (
    id                          varchar(36)   primary key,
    award_id                    varchar(36)   not null references award (id),
    opportunity_id              varchar(36)   not null references opportunity (id),
    challenger_organisation_id  varchar(100)  not null,
    grounds                     varchar(4000) not null,
    status                      varchar(20)   not null,
    decision_reasons            varchar(4000),
    challenged_by               varchar(200)  not null,
    challenged_at               timestamptz   not null,
    answered_by                 varchar(200),
    answered_at                 timestamptz,
    version                     integer       not null default 0
);
-- One open challenge per bidder and award.
create unique index award_challenge_one_open on award_challenge (award_id, challenger_organisation_id)
    where status = 'open';
create index award_challenge_award on award_challenge (award_id, challenged_at);

create table award_challenge_aud (
    id                          varchar(36)   not null,
    rev                         bigint        not null references audit_revision (id),
    revtype                     smallint,
    award_id                    varchar(36),
    opportunity_id              varchar(36),
    challenger_organisation_id  varchar(100),
    grounds                     varchar(4000),
    status                      varchar(20),
    decision_reasons            varchar(4000),
    challenged_by               varchar(200),
    challenged_at               timestamptz,
    answered_by                 varchar(200),
    answered_at                 timestamptz,
    primary key (rev, id)
);
create index award_challenge_aud_id on award_challenge_aud (id, rev);
