-- Emails are written to an outbox in the same transaction as the change that causes them,
-- and delivered afterwards (SMTP, or the outbox folder when no SMTP server is configured).
create table outbound_email (
    id              bigint generated always as identity primary key,
    recipient       citext      not null check (recipient ~ '^[^@\s]+@[^@\s]+$'),
    locale          text        not null,
    kind            text        not null check (kind ~ '^[A-Z][A-Z0-9_]*$'),
    subject         text        not null check (length(subject) between 1 and 500),
    body_text       text        not null,
    body_html       text,
    created_at      timestamptz not null default now(),
    send_after      timestamptz not null default now(),
    attempts        integer     not null default 0 check (attempts >= 0),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
create index outbound_email_pending_idx on outbound_email (send_after) where sent_at is null and failed_at is null;
