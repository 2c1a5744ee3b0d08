-- An entrant may withdraw their entry until the winners are published: it leaves the contest (its assignments,
-- scorecards, shortlists, rankings and awards go), its files are deleted, and the screening list keeps a line saying
-- when and, if the entrant said, why (in eligibility_reason).
alter table entry drop constraint entry_eligibility_check;
alter table entry add constraint entry_eligibility_check
    check (eligibility in ('PENDING', 'ELIGIBLE', 'INELIGIBLE', 'NEEDS_FIX', 'WITHDRAWN'));
alter table entry add column withdrawn_at timestamptz;
alter table entry add constraint entry_withdrawn_when check ((eligibility = 'WITHDRAWN') = (withdrawn_at is not null));
