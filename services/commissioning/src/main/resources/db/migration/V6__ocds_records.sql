-- OCDS records: a contracting process's releases read together, and the processes paged by their first release.
create index ocds_release_process on ocds_release (opportunity_id, position);
