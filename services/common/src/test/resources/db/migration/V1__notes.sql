create table note (
    id       varchar(36) primary key,
    text     varchar(200) not null,
    budget   numeric(19, 2),
    version  integer not null default 0
);

-- What the test consumer applied, in the order it applied it.
create table applied_note (
    position bigserial primary key,
    note_id  varchar(36) not null,
    text     varchar(200) not null
);
