-- Alerts: an organisation's saved searches, the opportunities it follows, the notifications it is sent, and the
-- outbox of mails that tell its contact address about them.

create table alert (
    id                 varchar(36)   primary key,
    org_id             varchar(100)  not null,
    name               varchar(200)  not null,
    keywords           varchar(200),
    themes             jsonb         not null,
    indicators         jsonb         not null,
    min_value          numeric(19,2),
    max_value          numeric(19,2),
    reserved_lots_only boolean       not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index alert_org on alert (org_id, created_at, id);

create table followed_opportunity (
    org_id          varchar(100) not null,
    opportunity_id  varchar(100) not null,
    followed_at     timestamptz  not null,
    primary key (org_id, opportunity_id)
);
create index followed_opportunity_opportunity on followed_opportunity (opportunity_id);

-- One notification per source (an alert's id, or 'follow'), opportunity and change ('published', 'cancelled',
-- 'answer:<question id>'): the unique key makes a redelivered or repeated event notify nobody twice.
create table notification (
    id              varchar(36)   primary key,
    org_id          varchar(100)  not null,
    source          varchar(36)   not null,
    alert_id        varchar(36),
    opportunity_id  varchar(100)  not null,
    change          varchar(150)  not null,
    kind            varchar(30)   not null,
    title           varchar(600)  not null,
    message         text          not null,
    created_at      timestamptz   not null,
    read_at         timestamptz,
    constraint notification_once unique (org_id, source, opportunity_id, change)
);
create index notification_org on notification (org_id, created_at desc, id);

-- The mails to send, written in the notification's transaction. The sender claims a mail (claimed_at) and commits
-- before it talks to the mail server, so that no mail is ever sent twice; a mail claimed and not marked sent or
-- failed was interrupted by a crash, and is left alone (at most once).
create table outgoing_mail (
    id               varchar(36)  primary key,
    notification_id  varchar(36)  not null unique references notification (id),
    recipient        varchar(254) not null,
    subject          varchar(600) not null,
    body             text         not null,
    created_at       timestamptz  not null,
    claimed_at       timestamptz,
    sent_at          timestamptz,
    failed_at        timestamptz,
    failure          varchar(1000)
);
create index outgoing_mail_pending on outgoing_mail (created_at, id) where claimed_at is null;
