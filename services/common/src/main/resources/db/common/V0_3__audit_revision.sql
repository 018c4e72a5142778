-- The audit trail's revisions (Hibernate Envers): one per transaction that changed audited data, saying when, who
-- (the token's subject and user name and the caller's organisation, or event:<consumer>) and in which request.
-- Each service's *_aud tables, in its own migrations, point at these rows by their rev column.
create table audit_revision (
    id         bigserial    primary key,
    changed_at timestamptz  not null,
    subject    varchar(200) not null,
    user_name  varchar(200) not null,
    org_id     varchar(100),
    request_id varchar(200)
);
