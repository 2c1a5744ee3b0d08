#!/usr/bin/env bash
# Organisers benchmark: a leaderboard of 10,000 films, and the automatic assignment of 10,000 films to 60 jurors
# (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && ! java -version 2>&1 | grep -q 'version "2[5-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
./mvnw -q -B -Pbench -pl bench/organisers -am package -DskipTests
rm -rf bench/out/organisers-data
exec java -Xmx2g -Dlogback.configurationFile=bench-logback.xml -Dmicronaut.environments=bench \
  -Dyi.bench.data-dir=bench/out/organisers-data \
  -cp "bench/organisers/target/bench-organisers-0.1.0-SNAPSHOT.jar:$(cat bench/organisers/target/classpath.txt)" \
  org.youthimages.bench.organisers.OrganisersBenchmark "$@"
