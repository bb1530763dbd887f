-- When each resource next has something due, so a read settles only those; and the orders lists take.
-- Rows written before are due on every read until they change (StoredResource.ALWAYS_DUE).
ALTER TABLE tcemu_resource ADD COLUMN due_at BIGINT NOT NULL DEFAULT -9223372036854775808;
CREATE INDEX tcemu_resource_in_order ON tcemu_resource (account, region, namespace, kind, seq);
CREATE INDEX tcemu_resource_by_due ON tcemu_resource (account, region, namespace, kind, due_at);
