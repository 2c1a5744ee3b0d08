-- Each scorecard keeps its weighted score, so results read one number per scorecard instead of every score.
-- The database maintains it, whichever path scores or criteria change by: on the criteria's common scale, or
-- on 0-10 when a round's criteria have different scales (as ScorecardScore defines it).

alter table scorecard add column weighted_score float8;

create function scorecard_weighted_score(card bigint) returns float8 language sql stable as $$
    with card_round as (
        select a.round_id from scorecard s join assignment a on a.id = s.assignment_id where s.id = card),
    scales as (
        select count(distinct (scale_min, scale_max)) = 1 as same
          from criterion where round_id = (select round_id from card_round))
    select (sum(c.weight * case when (select same from scales) then sc.value::numeric
                else 10.0 * (sc.value - c.scale_min) / (c.scale_max - c.scale_min) end) / sum(c.weight))::float8
      from score sc join criterion c on c.id = sc.criterion_id
     where sc.scorecard_id = card and sc.value is not null
$$;

create function score_refresh_weighted_score() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update scorecard set weighted_score = scorecard_weighted_score(new.scorecard_id) where id = new.scorecard_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and (tg_op = 'DELETE' or old.scorecard_id <> new.scorecard_id) then
        update scorecard set weighted_score = scorecard_weighted_score(old.scorecard_id) where id = old.scorecard_id;
    end if;
    return null;
end $$;
create trigger score_refresh_weighted_score after insert or update or delete on score
    for each row execute function score_refresh_weighted_score();

create function criterion_refresh_weighted_scores() returns trigger language plpgsql as $$
declare
    affected bigint := coalesce(new.round_id, old.round_id);
begin
    update scorecard s set weighted_score = scorecard_weighted_score(s.id)
      from assignment a where a.id = s.assignment_id and a.round_id = affected;
    return null;
end $$;
create trigger criterion_refresh_weighted_scores
    after update of weight, scale_min, scale_max or delete on criterion
    for each row execute function criterion_refresh_weighted_scores();

create index assignment_round_idx on assignment (round_id);
