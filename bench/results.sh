#!/usr/bin/env bash
# Issue 6's figures: leaderboard of 10,000 films x 5 jurors x 6 criteria; assignment of 10,000 films to 60 jurors.
exec "$(dirname "$0")/run-java.sh" storage org.youthimages.storage.bench.ResultsBench
