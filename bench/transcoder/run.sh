#!/usr/bin/env bash
# Transcoder benchmark: on the same 60 s 1080p film, the platform's ladder (JavaCV/FFmpeg libraries, one decode,
# every rung, the worker jar's `transcode` command) against the ffmpeg command line doing the same ladder in one
# process (-filter_complex split, same filters, libx264 veryfast, same CRF and caps), and against ffmpeg run once per
# rendition (PeerTube's way). Runs alternate; the figures are medians. Needs root (or sudo) the first time, to
# install Debian's ffmpeg for the comparison.
#
#   bench/transcoder/run.sh            3 rounds (RUNS=5 bench/transcoder/run.sh for more)
set -euo pipefail
SELF=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$SELF")/../.."
RUNS=${RUNS:-3}
OUT=bench/out/transcoder
mkdir -p "$OUT"

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please install as root: $*" >&2; exit 1; fi
}
if ! command -v ffmpeg >/dev/null || [[ ! -x /usr/bin/time ]]; then
  echo "Installing Debian's ffmpeg and time for the comparison..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg time >/dev/null
fi
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=$(ls transcoder/target/transcoder-*-worker.jar 2>/dev/null | head -1 || true)
if [[ -z "$JAR" ]]; then
  echo "Building the worker jar..."
  ./mvnw -q -B -DskipTests -pl transcoder -am package
  JAR=$(ls transcoder/target/transcoder-*-worker.jar | head -1)
fi

INPUT=$OUT/input-1080p-60s.mp4
if [[ ! -f $INPUT ]]; then
  echo "Making the input: 60 s of 1080p30 H.264 High at about 16 Mbit/s with sensor-like noise, AAC stereo..."
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=60,noise=alls=6:allf=t+u" \
    -f lavfi -i "sine=frequency=330:sample_rate=48000:duration=60,volume=-14dB" \
    -c:v libx264 -preset faster -b:v 16M -maxrate 20M -bufsize 32M -pix_fmt yuv420p -g 60 \
    -c:a aac -b:a 128k -ac 2 -movflags +faststart "$INPUT"
fi
SECONDS_OF_FILM=60

# The ladder's settings, as in transcoder/.../media/Ladder.java: rung, size, video cap kbit/s, buffer kbit, audio kbit/s.
RUNGS=("1080p 1920x1080 5000 10000 128" "720p 1280x720 2800 5600 128" "480p 854x480 1400 2800 128" "360p 640x360 280 280 64")
X264="-c:v libx264 -preset veryfast -crf 23 -profile:v high -pix_fmt yuv420p -g 60 -color_primaries bt709 -color_trc bt709 -colorspace bt709"

cli_gain() {  # the same loudness measurement the platform's analysis pass makes, and the gain to -16 LUFS
  local lufs
  lufs=$(ffmpeg -hide_banner -nostats -i "$INPUT" -vn \
      -af "aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,ebur128=peak=true" -f null - 2>&1 \
    | awk '/Integrated loudness:/ {f=1} f && /I:/ {print $2; exit}')
  awk -v i="$lufs" 'BEGIN { g = -16 - i; if (g > 20) g = 20; printf "%.2f", g }'
}
audio_chain() {
  echo "aresample=48000:async=1:first_pts=0,aformat=sample_fmts=fltp:channel_layouts=stereo,volume=volume=$1dB,alimiter=limit=0.8414:level=false:latency=true,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo"
}

run_javacv() {
  rm -rf "$OUT/javacv"
  # The JVM settings of a job's media process (see MediaSandbox), so memory is what a job uses.
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m \
    -jar "$JAR" transcode "$INPUT" "$OUT/javacv" --min-seconds 1 --max-seconds 600 >"$OUT/javacv.json" 2>/dev/null
}

run_cli_split() {
  rm -rf "$OUT/cli-split"; mkdir -p "$OUT/cli-split"
  local gain graph maps=() i=0
  gain=$(cli_gain)
  graph="[0:v]fps=30,split=4[s0][s1][s2][s3];[0:a]$(audio_chain "$gain"),asplit=4[a0][a1][a2][a3]"
  for rung in "${RUNGS[@]}"; do
    read -r label size cap buffer audio <<<"$rung"
    graph+=";[s$i]scale=${size/x/:}:flags=bicubic:in_color_matrix=bt709:out_color_matrix=bt709:out_range=tv,setsar=1,format=yuv420p[v$i]"
    maps+=(-map "[v$i]" -map "[a$i]" $X264 -maxrate "${cap}k" -bufsize "${buffer}k" -c:a aac -b:a "${audio}k"
           -map_metadata -1 -movflags +faststart "$OUT/cli-split/$label.mp4")
    i=$((i + 1))
  done
  ffmpeg -hide_banner -loglevel error -y -i "$INPUT" -filter_complex "$graph" "${maps[@]}"
}

run_cli_each() {
  rm -rf "$OUT/cli-each"; mkdir -p "$OUT/cli-each"
  local gain
  gain=$(cli_gain)
  for rung in "${RUNGS[@]}"; do
    read -r label size cap buffer audio <<<"$rung"
    ffmpeg -hide_banner -loglevel error -y -i "$INPUT" \
      -vf "fps=30,scale=${size/x/:}:flags=bicubic:in_color_matrix=bt709:out_color_matrix=bt709:out_range=tv,setsar=1,format=yuv420p" \
      -af "$(audio_chain "$gain")" $X264 -maxrate "${cap}k" -bufsize "${buffer}k" -c:a aac -b:a "${audio}k" \
      -map_metadata -1 -movflags +faststart "$OUT/cli-each/$label.mp4"
  done
}

measure() {  # name: wall s, cpu s, peak RSS KiB (of the largest process), load before
  local name=$1 load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$SELF" --run "$name"
  read -r wall user sys rss <"$OUT/$name.time"
  echo "$name $wall $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}') $rss $load" >>"$OUT/runs.txt"
  printf "  %-8s %6.1f s wall  %6.1f s CPU  %5d MiB peak  (load before %s)\n" "$name" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" $((rss / 1024)) "$load"
}

if [[ ${1:-} == --run ]]; then
  "run_$2"
  exit
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ffmpeg command line: $(ffmpeg -version | head -1 | cut -d' ' -f1-3); platform: JavaCV $(unzip -p "$JAR" META-INF/maven/org.bytedeco/javacv/pom.properties 2>/dev/null | sed -n 's/version=//p') with FFmpeg 8.1"
: >"$OUT/runs.txt"
for round in $(seq 1 "$RUNS"); do
  echo "Round $round of $RUNS"
  if (( round % 2 )); then order=(javacv cli_split cli_each); else order=(cli_each cli_split javacv); fi
  for name in "${order[@]}"; do measure "$name"; done
done

median() {  # column of runs.txt for one name
  awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$OUT/runs.txt" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
size_of() { du -cb "$@" 2>/dev/null | tail -1 | cut -f1; }
ssim() {  # rendition against the source scaled to its size
  local file=$1 size=$2
  ffmpeg -hide_banner -nostats -i "$file" -i "$INPUT" \
    -lavfi "[1:v]fps=30,scale=${size/x/:}:flags=bicubic,format=yuv420p[ref];[0:v]format=yuv420p[out];[out][ref]ssim" \
    -f null - 2>&1 | sed -n 's/.*All:\([0-9.]*\).*/\1/p' | tail -1
}

J=$(median javacv 2); S=$(median cli_split 2); E=$(median cli_each 2)
JC=$(median javacv 3); SC=$(median cli_split 3); EC=$(median cli_each 3)
echo
echo "Medians of $RUNS runs (wall time, CPU time, peak memory of the largest process):"
printf "  %-32s %7.1f s  %7.1f s CPU  %5d MiB  %.2fx real time\n" "platform (JavaCV, one decode)" "$J" "$JC" \
  $(( $(median javacv 4) / 1024 )) "$(awk -v w="$J" -v d=$SECONDS_OF_FILM 'BEGIN{print d/w}')"
printf "  %-32s %7.1f s  %7.1f s CPU  %5d MiB  %.2fx real time\n" "ffmpeg, one process (split)" "$S" "$SC" \
  $(( $(median cli_split 4) / 1024 )) "$(awk -v w="$S" -v d=$SECONDS_OF_FILM 'BEGIN{print d/w}')"
printf "  %-32s %7.1f s  %7.1f s CPU  %5d MiB  %.2fx real time\n" "ffmpeg, once per rendition" "$E" "$EC" \
  $(( $(median cli_each 4) / 1024 )) "$(awk -v w="$E" -v d=$SECONDS_OF_FILM 'BEGIN{print d/w}')"
echo "Ratios (platform / ffmpeg): wall $(awk -v a="$J" -v b="$S" 'BEGIN{printf "%.3f", a/b}') against one process," \
  "$(awk -v a="$J" -v b="$E" 'BEGIN{printf "%.3f", a/b}') against once per rendition;" \
  "CPU $(awk -v a="$JC" -v b="$SC" 'BEGIN{printf "%.3f", a/b}') and $(awk -v a="$JC" -v b="$EC" 'BEGIN{printf "%.3f", a/b}')"
echo
echo "Output per rendition (bytes; SSIM against the source at the rendition's size):"
total_j=0; total_s=0
for rung in "${RUNGS[@]}"; do
  read -r label size _ <<<"$rung"
  js=$(size_of "$OUT/javacv/$label.mp4"); ss=$(size_of "$OUT/cli-split/$label.mp4")
  total_j=$((total_j + js)); total_s=$((total_s + ss))
  printf "  %-6s platform %10d  SSIM %s   ffmpeg %10d  SSIM %s\n" "$label" "$js" "$(ssim "$OUT/javacv/$label.mp4" "$size")" \
    "$ss" "$(ssim "$OUT/cli-split/$label.mp4" "$size")"
done
echo "  total  platform $total_j   ffmpeg $total_s   ratio $(awk -v a=$total_j -v b=$total_s 'BEGIN{printf "%.3f", a/b}')"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (with $(nproc) cores; above 0.5 means other work shared the machine)"
