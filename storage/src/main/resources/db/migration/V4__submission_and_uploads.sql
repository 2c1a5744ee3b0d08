-- Youth submission: resumable uploads (tus), the exact declaration texts, status-change notices,
-- and a rate limit shared by every app instance.

-- The text the person actually read, beside its version and hash, so a declaration can be shown as given.
alter table consent add column text text;

-- Which status and eligibility the entrant was last told about by email; a notifier sends the difference.
alter table entry add column notified_status text,
                  add column notified_eligibility text;

-- One resumable upload (tus). Bytes go to an S3 multipart upload of the final object key; bytes that do not
-- yet fill a part are kept as small staging objects. Everything needed to go on (offset, parts with their
-- ETags, staging objects, the running SHA-256) is here, so any app instance can take the next request.
create table upload_session (
    id               text        primary key check (id ~ '^[A-Za-z0-9_-]{20,64}$'),
    entry_id         bigint      not null references entry (id) on delete cascade,
    state            text        not null default 'ACTIVE'
                                 check (state in ('ACTIVE', 'COMPLETED', 'TERMINATED', 'EXPIRED')),
    length           bigint      not null check (length > 0),
    upload_offset    bigint      not null default 0,
    part_size        bigint      not null check (part_size >= 5242880),
    object_key       text        not null unique,
    multipart_id     text        not null,
    -- [{"number": 1, "etag": "...", "size": 8388608}, ...], in order, all of part_size bytes
    parts            jsonb       not null default '[]'::jsonb check (jsonb_typeof(parts) = 'array'),
    -- [{"key": "uploads/.../stage-...", "size": 262144}, ...]: bytes after the last part, in order
    stages           jsonb       not null default '[]'::jsonb check (jsonb_typeof(stages) = 'array'),
    -- Bouncy Castle's encoded SHA-256 state of the bytes up to upload_offset
    sha256_state     bytea       not null,
    sha256           text        check (sha256 ~ '^[0-9a-f]{64}$'),
    filename         text        not null default '',
    content_type     text        not null default 'application/octet-stream',
    client_address   text,
    -- one request at a time per upload: the request holding the lease may write
    lease_token      text,
    lease_until      timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    expires_at       timestamptz not null,
    completed_at     timestamptz,
    check (upload_offset between 0 and length),
    check (state <> 'COMPLETED' or (upload_offset = length and sha256 is not null and completed_at is not null))
);
create index upload_session_entry_idx on upload_session (entry_id);
create index upload_session_expiry_idx on upload_session (expires_at) where state = 'ACTIVE';

-- Fixed-window counters: how many times a client did something in a window (e.g. created an upload).
create table rate_limit_window (
    bucket        text        not null,
    window_start  timestamptz not null,
    hits          integer     not null check (hits > 0),
    primary key (bucket, window_start)
);
