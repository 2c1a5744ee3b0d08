-- Results read only submitted scorecards, and a submitted scorecard's scores are locked. So its weighted score is
-- computed once, when it is submitted, instead of after every score a juror saves while drafting (that made each
-- autosave update its scorecard row once per changed score). A draft has none; changing a criterion's weight or
-- scale still recomputes the submitted scorecards of its round.

drop trigger score_refresh_weighted_score on score;
drop function score_refresh_weighted_score();

create function scorecard_weighted_score_on_submit() returns trigger language plpgsql as $$
begin
    if new.state <> 'SUBMITTED' then
        new.weighted_score := null;
    elsif tg_op = 'INSERT' or old.state <> 'SUBMITTED' then
        new.weighted_score := scorecard_weighted_score(new.id);
    end if;
    return new;
end $$;
create trigger scorecard_weighted_score_on_submit before insert or update on scorecard
    for each row execute function scorecard_weighted_score_on_submit();

create or replace function criterion_refresh_weighted_scores() returns trigger language plpgsql as $$
declare
    affected bigint := coalesce(new.round_id, old.round_id);
begin
    update scorecard s set weighted_score = scorecard_weighted_score(s.id)
      from assignment a where a.id = s.assignment_id and a.round_id = affected and s.state = 'SUBMITTED';
    return null;
end $$;

update scorecard set weighted_score = null where state <> 'SUBMITTED' and weighted_score is not null;
