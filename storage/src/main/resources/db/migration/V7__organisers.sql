-- Organisers: what eligibility screening checks against, which films each round judges, the shortlists that carry
-- films from one round to the next, and reminders sent to jurors.

-- Films completed before this date are not eligible (no limit when null).
alter table edition add column earliest_completion_date date;

-- Which films a round judges: every eligible film whose media is ready, the films the organisers advanced to it
-- (its shortlist), or the eligible films whose entrants applied for the round's special recognition.
alter table round add column films_from text not null default 'ELIGIBLE'
    check (films_from in ('ELIGIBLE', 'SHORTLIST', 'APPLICANTS'));
alter table round add constraint round_applicants_need_prize check (films_from <> 'APPLICANTS' or prize_id is not null);

-- The films advanced to a round (from the previous round's results, or chosen by hand).
create table shortlist_entry (
    round_id  bigint      not null references round (id) on delete cascade,
    entry_id  bigint      not null references entry (id) on delete cascade,
    added_by  bigint      references account (id),
    added_at  timestamptz not null default now(),
    primary key (round_id, entry_id)
);
create index shortlist_entry_entry_idx on shortlist_entry (entry_id);

-- The last reminder each juror was sent about a round, shown on the organisers' progress board.
create table juror_reminder (
    round_id     bigint      not null references round (id) on delete cascade,
    juror_id     bigint      not null references account (id) on delete cascade,
    reminded_at  timestamptz not null default now(),
    primary key (round_id, juror_id)
);

-- A prize's award has the prize's kind (a special recognition is not given as a partner prize).
create function award_matches_prize() returns trigger language plpgsql as $$
begin
    if new.prize_id is not null and not exists (
        select 1 from prize p where p.id = new.prize_id and p.kind = new.kind and p.edition_id = new.edition_id) then
        raise exception 'award % does not match the kind or edition of prize %', new.id, new.prize_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger award_matches_prize before insert or update on award
    for each row execute function award_matches_prize();

-- Entrants are emailed once when their edition's winners are published (the public site sends it, with the
-- gallery's address).
alter table publication add column entrants_notified_at timestamptz;
