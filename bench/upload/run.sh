#!/usr/bin/env bash
# Upload benchmark: the tus endpoint against a direct PUT of the same file to the same S3 server, in one run,
# with the app limited to a 256 MiB heap; and the app's peak memory for a 100 MiB and a 1 GiB upload.
#
#   bench/upload/run.sh            # sizes 100 MiB and 1 GiB, 3 alternating rounds each
#   ROUNDS=5 SIZES_MIB="100 1024" bench/upload/run.sh
#
# Prints one line per measurement and a summary; everything it makes is under bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
SIZES_MIB=${SIZES_MIB:-"100 1024"}
HEAP=${HEAP:-256m}
PORT=${BENCH_HTTP_PORT:-28180}
S3_PORT=${BENCH_S3_PORT:-28182}
OUT=bench/out/upload
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mkdir -p "$OUT"

if [[ ! -f app/target/youth-images.jar ]]; then
  echo "Building the app jar..."
  JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -q -B -DskipTests package
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
mib_per_s() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }

start_app() { # data folder (the demo's accounts, without its sample films: making them would share the cores)
  YI_DATA_DIR="$1" YI_HTTP_PORT=$PORT YI_JUDGING_PORT=$((PORT + 1)) YI_EMBEDDED_S3_PORT=$S3_PORT \
    YI_UPLOAD_CREATIONS_PER_HOUR=1000 YI_DEMO_FILMS=0 \
    "$JAVA" -Xmx$HEAP -jar app/target/youth-images.jar --demo > "$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/health" > /dev/null && return 0
    kill -0 $APP_PID 2>/dev/null || { echo "the app did not start; see $1.log" >&2; exit 1; }
    sleep 1
  done
  echo "the app did not answer within 2 minutes" >&2; exit 1
}

stop_app() {
  kill $APP_PID 2>/dev/null || true
  wait $APP_PID 2>/dev/null || true
}

new_entry() { # prints the entry's private token
  local email="bench-$RANDOM$RANDOM@example.org"
  curl -s -o /dev/null -D - -X POST "http://localhost:$PORT/editions/demo/submit" \
    --data-urlencode "title=Benchmark" --data-urlencode "synopsis=A film for the benchmark." \
    -d originalLanguage=en -d completedOn=2026-01-15 -d mainTheme=MIGRATION -d footage=NONE \
    -d givenName=Bench -d "email=$email" -d dateOfBirth=2003-01-01 -d country=CH -d teamSlots=0 \
    -d decl.OWN_WORK=yes -d decl.APPEARANCE_RELEASE=yes -d decl.MUSIC_AND_FOOTAGE_LICENSED=yes \
    -d decl.SCREENING_AND_PUBLICATION=yes -d decl.PRIVACY_NOTICE=yes \
    | sed -n 's#^[Ll]ocation: /entries/\([A-Za-z0-9_-]*\).*#\1#p' | tr -d '\r'
}

tus_upload() { # file size -> seconds
  local file=$1 size=$2 token location start end
  token=$(new_entry)
  [[ -n $token ]] || { echo "could not create an entry" >&2; exit 1; }
  location=$(curl -s -D - -o /dev/null -X POST "http://localhost:$PORT/uploads" -H "Tus-Resumable: 1.0.0" \
      -H "Upload-Length: $size" \
      -H "Upload-Metadata: filename $(printf bench.bin | base64),filetype $(printf video/mp4 | base64),token $(printf %s "$token" | base64 -w0)" \
      | sed -n 's#^[Ll]ocation: \(.*\)#\1#p' | tr -d '\r')
  start=$(now)
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "http://localhost:$PORT$location" -T "$file" \
      -H "Tus-Resumable: 1.0.0" -H "Upload-Offset: 0" -H "Content-Type: application/offset+octet-stream")
  end=$(now)
  [[ $status == 204 ]] || { echo "tus upload failed with HTTP $status" >&2; exit 1; }
  settle "$token"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

settle() { # waits until the finished upload's transcode job has read the original and given up or finished, so
           # that its work does not share the cores with the next measurement
  local state
  for _ in $(seq 1 300); do
    state=$(curl -s "http://localhost:$PORT/entries/$1/progress.json" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')
    [[ -n $state && $state != RECEIVED && $state != PROCESSING ]] && return 0
    sleep 1
  done
  echo "the entry's film was still being prepared after 5 minutes" >&2; exit 1
}

direct_put() { # file data-dir round -> seconds
  local file=$1 keys access secret start end status
  keys=$2/s3-credentials
  access=$(sed -n 1p "$keys"); secret=$(sed -n 2p "$keys")
  start=$(now)
  status=$(curl -s -o /dev/null -w '%{http_code}' --aws-sigv4 "aws:amz:us-east-1:s3" --user "$access:$secret" \
      -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -T "$file" "http://127.0.0.1:$S3_PORT/youth-images/bench/direct-$3")
  end=$(now)
  [[ $status == 200 ]] || { echo "direct PUT failed with HTTP $status" >&2; exit 1; }
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "machine: $(nproc) cores, load before: $(load); app heap -Xmx$HEAP"
declare -A PEAK
for mib in $SIZES_MIB; do
  file=$OUT/file-${mib}MiB.bin
  [[ -f $file ]] || head -c $((mib * 1048576)) /dev/urandom > "$file"
  size=$(stat -c %s "$file")
  data=$OUT/data-${mib}MiB
  rm -rf "$data"
  start_app "$data"
  tus_times=(); put_times=()
  for round in $(seq 1 "$ROUNDS"); do
    put=$(direct_put "$file" "$data" "$mib-$round")
    tus=$(tus_upload "$file" "$size")
    put_times+=("$put"); tus_times+=("$tus")
    echo "$mib MiB round $round: direct PUT $(mib_per_s "$size" "$put") MiB/s, tus $(mib_per_s "$size" "$tus") MiB/s (load $(load))"
  done
  PEAK[$mib]=$(awk '/VmHWM/ { print $2 }' /proc/$APP_PID/status)
  heap=$(jcmd $APP_PID GC.heap_info 2>/dev/null | awk '/total/ { print; exit }' || true)
  stop_app
  tus_median=$(printf '%s\n' "${tus_times[@]}" | median)
  put_median=$(printf '%s\n' "${put_times[@]}" | median)
  echo "$mib MiB median: direct PUT $(mib_per_s "$size" "$put_median") MiB/s, tus $(mib_per_s "$size" "$tus_median") MiB/s," \
       "ratio tus/direct $(awk -v t="$tus_median" -v p="$put_median" 'BEGIN { printf "%.2f", p / t }')," \
       "app peak RSS $((PEAK[$mib] / 1024)) MiB${heap:+, heap: $heap}"
done
echo "load after: $(load)"
sizes=($SIZES_MIB)
if (( ${#sizes[@]} >= 2 )); then
  first=${sizes[0]}; last=${sizes[-1]}
  echo "peak RSS ${last} MiB / ${first} MiB upload: $(awk -v a="${PEAK[$last]}" -v b="${PEAK[$first]}" 'BEGIN { printf "%.2f", a / b }')"
fi
