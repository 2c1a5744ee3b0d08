-- Youth Images: the domain of the whole platform.
-- The database enforces what must always hold, so bad data cannot get in by any path.

create extension if not exists citext;

-- Accounts (organisers and jurors) -----------------------------------------------------------

create table account (
    id               bigint generated always as identity primary key,
    email            citext      not null unique check (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name     text        not null check (length(trim(display_name)) > 0),
    password_hash    text,
    locale           text        not null default 'en' check (locale ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    organisation     text,
    country_code     char(2)     check (country_code ~ '^[A-Z]{2}$'),
    active           boolean     not null default true,
    failed_sign_ins  integer     not null default 0 check (failed_sign_ins >= 0),
    locked_until     timestamptz,
    roles            text[]      not null default '{}' check (roles <@ array['ORGANISER', 'JUROR']::text[]),
    created_at       timestamptz not null default now(),
    last_sign_in_at  timestamptz
);

-- One-time links: juror invitations and password resets. Only a hash of the token is kept.
create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- Editions and their rules ------------------------------------------------------------------

create table edition (
    id                       bigint generated always as identity primary key,
    slug                     text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                     text        not null check (length(trim(name)) > 0),
    year                     integer     not null check (year between 2000 and 2200),
    theme_text               text        not null default '',
    rules_text               text        not null default '',
    state                    text        not null default 'DRAFT' check (state in ('DRAFT', 'LIVE', 'ARCHIVED')),
    time_zone                text        not null check (length(time_zone) > 0),
    submissions_open_at      timestamptz not null,
    submissions_close_at     timestamptz not null,
    min_film_seconds         integer     not null check (min_film_seconds > 0),
    max_film_seconds         integer     not null,
    length_tolerance_seconds integer     not null default 5 check (length_tolerance_seconds >= 0),
    max_file_bytes           bigint      not null check (max_file_bytes > 0),
    min_video_height         integer     not null default 240 check (min_video_height > 0),
    age_cutoff_date          date        not null,
    personal_data_retention_days integer check (personal_data_retention_days > 0),
    is_demo                  boolean     not null default false,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check (submissions_close_at > submissions_open_at),
    check (max_film_seconds >= min_film_seconds)
);

create table age_category (
    id          bigint generated always as identity primary key,
    edition_id  bigint  not null references edition (id) on delete cascade,
    code        text    not null check (code ~ '^[A-Z0-9_]+$'),
    name        text    not null,
    min_age     integer not null check (min_age >= 0),
    max_age     integer not null,
    position    integer not null default 0,
    unique (edition_id, code),
    check (max_age >= min_age)
);

-- Age bands of one edition never overlap, so an age category is always computed unambiguously.
create extension if not exists btree_gist;
alter table age_category add constraint age_category_bands_disjoint
    exclude using gist (edition_id with =, int4range(min_age, max_age, '[]') with &&);

create table theme (
    id          bigint generated always as identity primary key,
    edition_id  bigint  not null references edition (id) on delete cascade,
    code        text    not null check (code ~ '^[A-Z0-9_]+$'),
    name        text    not null,
    description text    not null default '',
    position    integer not null default 0,
    unique (edition_id, code)
);

-- Jury panels: the international jury, a pre-selection committee, a partner's own panel.
create table jury_panel (
    id          bigint generated always as identity primary key,
    edition_id  bigint not null references edition (id) on delete cascade,
    name        text   not null,
    unique (edition_id, name)
);

create table jury_panel_member (
    id          bigint generated always as identity primary key,
    panel_id    bigint not null references jury_panel (id) on delete cascade,
    account_id  bigint not null references account (id),
    unique (panel_id, account_id)
);

-- Special recognitions and partner prizes, each judged by its panel on its own criteria.
create table prize (
    id           bigint generated always as identity primary key,
    edition_id   bigint  not null references edition (id) on delete cascade,
    kind         text    not null check (kind in ('SPECIAL_RECOGNITION', 'PARTNER_PRIZE')),
    code         text    not null check (code ~ '^[A-Z0-9_]+$'),
    name         text    not null,
    description  text    not null default '',
    partner_name text,
    panel_id     bigint  references jury_panel (id),
    position     integer not null default 0,
    unique (edition_id, code),
    check (kind <> 'PARTNER_PRIZE' or partner_name is not null)
);

create table round (
    id                        bigint generated always as identity primary key,
    edition_id                bigint  not null references edition (id) on delete cascade,
    kind                      text    not null check (kind in ('SCREENING', 'PRESELECTION', 'JURY', 'PRIZE')),
    name                      text    not null,
    position                  integer not null,
    panel_id                  bigint  references jury_panel (id),
    prize_id                  bigint  references prize (id),
    voting                    text    not null default 'SCORES' check (voting in ('SCORES', 'RANKED')),
    jurors_per_film           integer not null default 3 check (jurors_per_film between 1 and 50),
    blind                     boolean not null default true,
    show_country              boolean not null default true,
    conflict_on_same_country  boolean not null default false,
    conflict_on_same_organisation boolean not null default true,
    watch_threshold_percent   integer not null default 90 check (watch_threshold_percent between 0 and 100),
    disagreement_threshold    numeric(6, 3) not null default 2.5 check (disagreement_threshold > 0),
    tie_break                 text    not null default 'MEDIAN' check (tie_break in ('MEDIAN', 'NORMALISED_MEAN', 'JURY_VOTE', 'SHARED')),
    state                     text    not null default 'PLANNED' check (state in ('PLANNED', 'OPEN', 'CLOSED')),
    scores_revealed           boolean not null default false,
    opens_at                  timestamptz,
    closes_at                 timestamptz,
    unique (edition_id, position),
    check (kind <> 'PRIZE' or prize_id is not null),
    check (closes_at is null or opens_at is null or closes_at > opens_at),
    check (not scores_revealed or state = 'CLOSED')
);

create table criterion (
    id          bigint generated always as identity primary key,
    round_id    bigint        not null references round (id) on delete cascade,
    code        text          not null check (code ~ '^[A-Z0-9_]+$'),
    name        text          not null,
    guidance    text          not null default '',
    weight      numeric(6, 3) not null check (weight > 0),
    scale_min   integer       not null default 1,
    scale_max   integer       not null default 10,
    -- labelled anchors, e.g. {"1": "Weak", "5": "Solid", "10": "Outstanding"}
    anchors     jsonb         not null default '{}'::jsonb check (jsonb_typeof(anchors) = 'object'),
    position    integer       not null default 0,
    unique (round_id, code),
    check (scale_max > scale_min)
);

-- Entries and the people behind them --------------------------------------------------------

create table entry (
    id                     bigint generated always as identity primary key,
    edition_id             bigint      not null references edition (id),
    reference              text        not null unique check (reference ~ '^YI-[0-9]{4}-[0-9A-Z]{5}$'),
    -- SHA-256 of the private status link's token; the token itself is only ever emailed.
    status_token_hash      text        not null unique,
    locale                 text        not null default 'en',
    title                  text        not null check (length(trim(title)) > 0),
    synopsis               text        not null default '',
    original_language      text,
    subtitle_language      text,
    completed_on           date,
    main_theme_id          bigint      references theme (id),
    secondary_theme_id     bigint      references theme (id),
    special_recognition_id bigint      references prize (id),
    screening_history      text        not null default '',
    ai_or_stock_footage    text        check (ai_or_stock_footage in ('NONE', 'AI_GENERATED', 'STOCK', 'AI_AND_STOCK')),
    ai_or_stock_details    text        not null default '',
    age_category_id        bigint      references age_category (id),
    status                 text        not null default 'AWAITING_UPLOAD'
                           check (status in ('AWAITING_UPLOAD', 'RECEIVED', 'PROCESSING', 'READY', 'REJECTED')),
    rejection_code         text,
    rejection_message      text,
    eligibility            text        not null default 'PENDING'
                           check (eligibility in ('PENDING', 'ELIGIBLE', 'INELIGIBLE', 'NEEDS_FIX')),
    eligibility_reason     text,
    duration_ms            bigint      check (duration_ms >= 0),
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    personal_data_erased_at timestamptz,
    check (status <> 'REJECTED' or rejection_code is not null),
    check (eligibility not in ('INELIGIBLE', 'NEEDS_FIX') or eligibility_reason is not null),
    check (secondary_theme_id is null or secondary_theme_id <> main_theme_id)
);
create index entry_edition_idx on entry (edition_id, status);

create table person (
    id             bigint generated always as identity primary key,
    entry_id       bigint  not null references entry (id) on delete cascade,
    role           text    not null check (role in ('ENTRANT', 'GUARDIAN', 'TEAM_MEMBER')),
    given_name     text    not null,
    family_name    text    not null default '',
    email          citext  check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    date_of_birth  date,
    age_years      integer check (age_years between 0 and 120),
    country_code   char(2) check (country_code ~ '^[A-Z]{2}$'),
    organisation   text,
    relationship   text,
    team_role      text,
    -- guardian's confirmation link: hash only
    confirmation_token_hash text unique,
    confirmed_at   timestamptz,
    erased_at      timestamptz,
    check (role <> 'ENTRANT' or erased_at is not null or (email is not null and date_of_birth is not null)),
    check (role <> 'GUARDIAN' or erased_at is not null or (email is not null and relationship is not null))
);
create unique index person_one_entrant_per_entry on person (entry_id) where role = 'ENTRANT';
create unique index person_one_guardian_per_entry on person (entry_id) where role = 'GUARDIAN';

create table consent (
    id            bigint generated always as identity primary key,
    entry_id      bigint      not null references entry (id) on delete cascade,
    person_id     bigint      not null references person (id) on delete cascade,
    kind          text        not null check (kind in ('OWN_WORK', 'APPEARANCE_RELEASE', 'MUSIC_AND_FOOTAGE_LICENSED',
                                                      'SCREENING_AND_PUBLICATION', 'PRIVACY_NOTICE', 'GUARDIAN_CONSENT',
                                                      'FULL_NAME_IN_GALLERY')),
    text_version  text        not null check (length(text_version) > 0),
    text_sha256   text        not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    locale        text        not null,
    given_at      timestamptz not null default now(),
    withdrawn_at  timestamptz,
    unique (entry_id, person_id, kind, text_version)
);

-- Media: originals, renditions, posters, storyboards, subtitles -----------------------------

create table media_asset (
    id            bigint generated always as identity primary key,
    entry_id      bigint      not null references entry (id) on delete cascade,
    kind          text        not null check (kind in ('ORIGINAL', 'RENDITION', 'POSTER', 'STORYBOARD', 'STORYBOARD_VTT', 'SUBTITLE')),
    -- what distinguishes assets of one kind: '720p' for a rendition, 'w640' for a poster, 'fr' for subtitles
    label         text        not null default '',
    object_key    text        not null unique,
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes >= 0),
    sha256        text        check (sha256 ~ '^[0-9a-f]{64}$'),
    width         integer     check (width > 0),
    height        integer     check (height > 0),
    duration_ms   bigint      check (duration_ms >= 0),
    bitrate       bigint      check (bitrate >= 0),
    probe         jsonb,
    created_at    timestamptz not null default now(),
    -- a retried job overwrites its own outputs instead of adding new rows
    unique (entry_id, kind, label)
);
create index media_asset_sha256_idx on media_asset (sha256) where kind = 'ORIGINAL';

-- The job queue ------------------------------------------------------------------------------

create table job (
    id                bigint generated always as identity primary key,
    type              text        not null check (type ~ '^[A-Z][A-Z0-9_]*$'),
    payload           jsonb       not null default '{}'::jsonb,
    dedupe_key        text        not null unique,
    state             text        not null default 'QUEUED' check (state in ('QUEUED', 'RUNNING', 'DONE', 'DEAD')),
    priority          integer     not null default 0,
    attempts          integer     not null default 0 check (attempts >= 0),
    max_attempts      integer     not null default 5 check (max_attempts > 0),
    run_after         timestamptz not null default now(),
    lease_owner       text,
    lease_expires_at  timestamptz,
    progress_percent  numeric(5, 2) not null default 0 check (progress_percent between 0 and 100),
    last_error        text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    finished_at       timestamptz,
    check (state <> 'RUNNING' or (lease_owner is not null and lease_expires_at is not null)),
    check (attempts <= max_attempts)
);
create index job_claimable_idx on job (type, priority desc, run_after) where state = 'QUEUED';
create index job_expired_lease_idx on job (lease_expires_at) where state = 'RUNNING';

-- Judging ------------------------------------------------------------------------------------

create table assignment (
    id          bigint generated always as identity primary key,
    round_id    bigint      not null references round (id) on delete cascade,
    entry_id    bigint      not null references entry (id) on delete cascade,
    juror_id    bigint      not null references account (id),
    state       text        not null default 'ACTIVE' check (state in ('ACTIVE', 'WITHDRAWN')),
    assigned_by bigint      references account (id),
    created_at  timestamptz not null default now(),
    unique (round_id, entry_id, juror_id)
);
create index assignment_juror_idx on assignment (juror_id, round_id) where state = 'ACTIVE';

create table conflict_of_interest (
    id          bigint generated always as identity primary key,
    entry_id    bigint      not null references entry (id) on delete cascade,
    juror_id    bigint      not null references account (id),
    source      text        not null check (source in ('DECLARED', 'SAME_ORGANISATION', 'SAME_COUNTRY', 'ORGANISER')),
    reason      text        not null default '',
    created_at  timestamptz not null default now(),
    unique (entry_id, juror_id)
);

create table scorecard (
    id               bigint generated always as identity primary key,
    assignment_id    bigint        not null unique references assignment (id) on delete cascade,
    state            text          not null default 'DRAFT' check (state in ('DRAFT', 'SUBMITTED')),
    overall_comment  text          not null default '',
    private_note     text          not null default '',
    watched_percent  numeric(5, 2) not null default 0 check (watched_percent between 0 and 100),
    watch_confirmed_below_threshold boolean not null default false,
    version          integer       not null default 0 check (version >= 0),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    submitted_at     timestamptz,
    check (state <> 'SUBMITTED' or submitted_at is not null)
);

create table score (
    id            bigint  generated always as identity primary key,
    scorecard_id  bigint  not null references scorecard (id) on delete cascade,
    criterion_id  bigint  not null references criterion (id),
    value         integer not null,
    comment       text    not null default '',
    unique (scorecard_id, criterion_id)
);

-- A score stays within its criterion's scale, and only for a criterion of the scorecard's round.
create function score_within_scale() returns trigger language plpgsql as $$
declare
    c criterion%rowtype;
    card_round bigint;
begin
    select * into c from criterion where id = new.criterion_id;
    select a.round_id into card_round from scorecard s join assignment a on a.id = s.assignment_id
     where s.id = new.scorecard_id;
    if c.round_id <> card_round then
        raise exception 'criterion % does not belong to the round of scorecard %', new.criterion_id, new.scorecard_id
            using errcode = 'check_violation';
    end if;
    if new.value < c.scale_min or new.value > c.scale_max then
        raise exception 'score % is outside the scale %..% of criterion %', new.value, c.scale_min, c.scale_max, c.code
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger score_within_scale before insert or update on score
    for each row execute function score_within_scale();

-- Which seconds of the film a juror has actually played (one bit per second).
create table watch_progress (
    assignment_id    bigint      primary key references assignment (id) on delete cascade,
    duration_seconds integer     not null check (duration_seconds > 0),
    seconds_watched  bytea       not null,
    watched_percent  numeric(5, 2) not null default 0 check (watched_percent between 0 and 100),
    updated_at       timestamptz not null default now()
);

-- Ranked vote for the final deliberation (Schulze method).
create table ranking (
    id         bigint  generated always as identity primary key,
    round_id   bigint  not null references round (id) on delete cascade,
    juror_id   bigint  not null references account (id),
    entry_id   bigint  not null references entry (id) on delete cascade,
    rank       integer not null check (rank > 0),
    unique (round_id, juror_id, entry_id),
    unique (round_id, juror_id, rank)
);

-- Results ------------------------------------------------------------------------------------

create table award (
    id               bigint generated always as identity primary key,
    edition_id       bigint      not null references edition (id) on delete cascade,
    kind             text        not null check (kind in ('CATEGORY_DISTINCTION', 'SPECIAL_RECOGNITION', 'PARTNER_PRIZE')),
    entry_id         bigint      not null references entry (id),
    age_category_id  bigint      references age_category (id),
    prize_id         bigint      references prize (id),
    reason           text        not null check (length(trim(reason)) > 0),
    decided_by       bigint      references account (id),
    decided_at       timestamptz not null default now(),
    check ((kind = 'CATEGORY_DISTINCTION') = (age_category_id is not null)),
    check ((kind <> 'CATEGORY_DISTINCTION') = (prize_id is not null))
);
create unique index award_one_distinction_per_category on award (age_category_id) where kind = 'CATEGORY_DISTINCTION';
create unique index award_prize_entry on award (prize_id, entry_id) where prize_id is not null;

create table publication (
    id              bigint generated always as identity primary key,
    edition_id      bigint      not null references edition (id) on delete cascade,
    published_at    timestamptz not null default now(),
    published_by    bigint      references account (id),
    unpublished_at  timestamptz,
    unpublished_by  bigint      references account (id),
    check (unpublished_at is null or unpublished_at >= published_at)
);
create unique index publication_one_live_per_edition on publication (edition_id) where unpublished_at is null;

-- Audit log: every decision and every change, who, when, before and after ------------------

create table audit_event (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor_id      bigint      references account (id),
    actor_label   text        not null,
    action        text        not null check (action ~ '^[a-z]+(\.[a-z_]+)+$'),
    edition_id    bigint      references edition (id),
    subject_type  text        not null,
    subject_id    text        not null,
    before        jsonb,
    after         jsonb
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, at);
create index audit_event_edition_idx on audit_event (edition_id, at);

-- The audit log is append-only.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
