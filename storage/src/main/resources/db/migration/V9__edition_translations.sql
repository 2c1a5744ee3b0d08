-- An edition's own texts (its name, theme and rules, and the names and descriptions of its age categories, themes,
-- prizes, rounds and criteria) in the other languages of the public site, as the organisers give them. A text
-- without a translation in the reader's language is shown as it was written.
create table edition_translation (
    edition_id bigint      not null references edition (id) on delete cascade,
    text_key   text        not null check (text_key ~ '^[a-z]+(\.[A-Za-z0-9_]+)+$'),
    language   text        not null check (language in ('en', 'fr', 'es', 'ar', 'zh', 'ru')),
    text       text        not null check (length(trim(text)) > 0),
    updated_at timestamptz not null default now(),
    primary key (edition_id, text_key, language)
);
