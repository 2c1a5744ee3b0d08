-- Judging: sign-in rules, juror preferences, where each juror is in a queue, and locks the database keeps.

-- Sessions signed in before a password change (or reset) are no longer accepted.
alter table account add column password_changed_at timestamptz;
-- The juror's player setting: always start films in the lightest rendition.
alter table account add column low_bandwidth boolean not null default false;

create index account_token_open_idx on account_token (account_id, purpose) where used_at is null;

-- The film a juror last opened in each round, so the queue takes them back where they were.
create table queue_position (
    juror_id      bigint      not null references account (id) on delete cascade,
    round_id      bigint      not null references round (id) on delete cascade,
    assignment_id bigint      not null references assignment (id) on delete cascade,
    updated_at    timestamptz not null default now(),
    primary key (juror_id, round_id)
);

create index assignment_entry_idx on assignment (entry_id, round_id);
create index conflict_of_interest_juror_idx on conflict_of_interest (juror_id);
create index person_entry_role_idx on person (entry_id, role);

-- A submitted scorecard is locked: its content and its scores change only after an organiser unlocks it
-- (sets it back to DRAFT), whatever path the change comes by.
create function scorecard_locked_when_submitted() returns trigger language plpgsql as $$
begin
    if old.state = 'SUBMITTED' and new.state = 'SUBMITTED'
       and (new.overall_comment, new.private_note, new.watched_percent, new.watch_confirmed_below_threshold,
            new.submitted_at)
           is distinct from
           (old.overall_comment, old.private_note, old.watched_percent, old.watch_confirmed_below_threshold,
            old.submitted_at) then
        raise exception 'scorecard % is submitted and locked', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger scorecard_locked_when_submitted before update on scorecard
    for each row execute function scorecard_locked_when_submitted();

create function score_locked_when_submitted() returns trigger language plpgsql as $$
declare
    card_state text;
begin
    select state into card_state from scorecard where id = coalesce(new.scorecard_id, old.scorecard_id);
    if card_state = 'SUBMITTED' then
        raise exception 'scorecard % is submitted and locked', coalesce(new.scorecard_id, old.scorecard_id)
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger score_locked_when_submitted before insert or update or delete on score
    for each row execute function score_locked_when_submitted();

-- A draft may hold a criterion's comment before its score is chosen; submitting needs every score.
alter table score alter column value drop not null;

create function scorecard_complete_when_submitted() returns trigger language plpgsql as $$
begin
    if new.state = 'SUBMITTED' and old.state = 'DRAFT' and exists (
        select 1 from criterion c join assignment a on a.round_id = c.round_id
         where a.id = new.assignment_id
           and not exists (select 1 from score s where s.scorecard_id = new.id and s.criterion_id = c.id
                                                     and s.value is not null)) then
        raise exception 'scorecard % lacks a score for some criteria', new.id using errcode = 'check_violation';
    end if;
    return null;
end $$;
create trigger scorecard_complete_when_submitted after update on scorecard
    for each row execute function scorecard_complete_when_submitted();
