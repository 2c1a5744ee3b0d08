#!/usr/bin/env bash
# Runs a benchmark main class from a module's test classes, with that module's test classpath.
#   bench/run-java.sh <module> <main class> [args...]
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1; main=$2; shift 2
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
./mvnw -q -B -pl "$module" -am test-compile -DskipTests
./mvnw -q -B -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cd "$module"
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"
