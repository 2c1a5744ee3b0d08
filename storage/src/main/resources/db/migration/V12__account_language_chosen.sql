-- Whether an account's language was chosen (by its user, or by the organiser who invited them in that language) or
-- only follows the browser its user signs in with, kept on the account for the emails it is sent. Accounts already
-- here keep their language as chosen, except the demo accounts (the reserved .example domain): they were created in
-- English without anyone choosing, so those still in English follow the browser from now on.
alter table account add column locale_chosen boolean not null default true;

update account set locale_chosen = false where email like '%@youth-images.example' and locale = 'en';
