#!/usr/bin/env bash
# Judging benchmark: 50 jurors saving scorecards at once, and a 500-film queue opened (see bench/README.md).
#   bench/judging/run.sh [--jurors 50] [--bursts 20] [--saves 20] [--films-per-juror 10] [--queue 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && ! java -version 2>&1 | grep -q 'version "2[5-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
./mvnw -q -B -Pbench -pl bench/judging -am package -DskipTests
rm -rf bench/out/judging-data
exec java -Dlogback.configurationFile=bench-logback.xml -Dmicronaut.environments=bench -Dyi.bench.data-dir=bench/out/judging-data \
  -cp "bench/judging/target/bench-judging-0.1.0-SNAPSHOT.jar:$(cat bench/judging/target/classpath.txt)" \
  org.youthimages.bench.judging.JudgingBenchmark "$@"
