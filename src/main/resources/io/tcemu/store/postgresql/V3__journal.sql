-- The request journal, which every gateway on the database writes and reads: one JSON entry per call.
CREATE TABLE tcemu_journal (seq BIGSERIAL PRIMARY KEY, entry TEXT NOT NULL);
