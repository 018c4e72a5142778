-- The trace context and request id of the transaction that wrote each event, sent with it so that consumers continue
-- the same trace and log the same request id.
alter table outbox add column traceparent varchar(55);
alter table outbox add column request_id varchar(128);
