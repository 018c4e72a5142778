-- Bid documents, sealed in envelopes (qualification, technical, financial) until a commissioner opens each after the
-- deadline. A document's bytes are kept only encrypted (AES-256-GCM) under a data key of its own; the data key is kept
-- only wrapped (AES-256-GCM) by the key-encryption key, which is configuration (a secret) and never in this database.
-- The service unwraps a document's key only once its envelope has a row in bid_envelope (is opened). See the
-- service's README, "Documents in envelopes".

-- Commissioning says when every opened bid's quality and social-value criteria are scored (TechnicalScoringCompleted):
-- the financial envelopes open only after that.
alter table opportunity add column technical_scoring_completed_at timestamptz;

-- An opened envelope: a row exists only once a commissioner opened it, and only one per bid and envelope.
create table bid_envelope (
    id        varchar(36)  primary key,
    bid_id    varchar(36)  not null references bid (id),
    envelope  varchar(20)  not null,
    opened_at timestamptz  not null,
    opened_by varchar(200) not null,
    unique (bid_id, envelope)
);

create table bid_document (
    id           varchar(36)  primary key,
    bid_id       varchar(36)  not null references bid (id),
    envelope     varchar(20)  not null,
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    -- SHA-256 of the document as uploaded (hex): the bidder's receipt.
    sha256       char(64)     not null,
    -- 12-byte nonce, then the document's data key encrypted under the key-encryption key, then the 16-byte tag.
    wrapped_key  bytea        not null,
    uploaded_at  timestamptz  not null,
    updated_at   timestamptz  not null,
    withdrawn_at timestamptz,
    version      bigint       not null default 0
);

create index bid_document_by_bid on bid_document (bid_id, envelope, uploaded_at, id);

-- The PostgreSQL DocumentStore: opaque (encrypted) bytes by key; an S3-compatible store can take its place.
create table document_blob (
    blob_key   varchar(100) primary key,
    bytes      bytea        not null,
    stored_at  timestamptz  not null
);

-- The audit trail of documents and of envelopes' opening (Hibernate Envers; see V4). A document's wrapped key is not
-- kept here.
create table bid_envelope_aud (
    id        varchar(36) not null,
    rev       bigint      not null references audit_revision (id),
    revtype   smallint,
    bid_id    varchar(36),
    envelope  varchar(20),
    opened_at timestamptz,
    opened_by varchar(200),
    primary key (rev, id)
);

create table bid_document_aud (
    id           varchar(36) not null,
    rev          bigint      not null references audit_revision (id),
    revtype      smallint,
    bid_id       varchar(36),
    envelope     varchar(20),
    filename     varchar(200),
    content_type varchar(100),
    size_bytes   bigint,
    sha256       char(64),
    uploaded_at  timestamptz,
    updated_at   timestamptz,
    withdrawn_at timestamptz,
    primary key (rev, id)
);

create index bid_envelope_aud_id on bid_envelope_aud (id, rev);
create index bid_document_aud_id on bid_document_aud (id, rev);
