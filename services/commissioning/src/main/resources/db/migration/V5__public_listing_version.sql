-- One number that moves whenever anything the public listing shows changes (an opportunity, or a framework's themes):
-- the listing's ETag, and the key of its cache, in every replica alike. Kept by triggers so that no write can forget it.
create table public_listing (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into public_listing (id, version) values (1, 0);

create function public_listing_changed() returns trigger language plpgsql as $$
begin
    update public_listing set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger opportunity_changes_listing after insert or update or delete on opportunity
    for each statement execute function public_listing_changed();
create trigger framework_changes_listing after insert or update or delete on framework
    for each statement execute function public_listing_changed();
