-- The service toolkit's tables, included by every service (flyway locations db/migration,db/common).

-- Transactional outbox: events written in the same transaction as the change they describe.
create table outbox (
    position     bigserial primary key,
    id           varchar(36)  not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
create index outbox_pending on outbox (position) where sent_at is null;
create index outbox_sent_at on outbox (sent_at) where sent_at is not null;

-- Idempotent inbox: the events each consumer has applied.
create table inbox (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency keys of POST requests: the first answer, replayed for a retry with the same body.
create table idempotency_record (
    scope           varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    location        varchar(1000),
    created_at      timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);
