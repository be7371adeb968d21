#!/usr/bin/env bash
# One build of an archive after one kind of change, for paired comparisons by hand (two plugin
# versions, JVM settings, Hugo beside it); bench.sh runs the full scenarios. Prints wall s, peak
# RSS, CPU s (user + sys), the load, the build's stage times and how many pages were kept.
#
#   bench/rebuild.sh ARCHIVE VERSION MODE
#     ARCHIVE  an archive folder (content/, pom.xml, .mvn/jvm.config), e.g. one bench.sh made
#     VERSION  the installed plugin's version, e.g. 0.1.0
#     MODE     cold (moves site-output/ and target/ aside first) | same (no change)
#              | newN (adds briefing number N, a date of its own) | body (appends to a 2019
#              briefing) | title (retitles a 2023 briefing)
# MAVEN_OPTS is passed on (it comes after .mvn/jvm.config); EXTRA adds mvn arguments.
set -u
A=$(cd "$1" && pwd); V=$2; M=$3
cd "$A"
case $M in
cold) aside=$(mktemp -d "${TMPDIR:-/tmp}/site-gen-aside.XXXX")
      for p in site-output .site-output.staging .site-output.previous target; do
        if [ -e "$p" ]; then mv "$p" "$aside/"; fi
      done ;;
same) ;;
new*) i=${M#new}; d=$(printf '2025-%02d-%02d' $(( (i / 28) % 12 + 1 )) $(( i % 28 + 1 )))
      mkdir -p content/2024
      printf -- '---\ntitle: "Bench New Briefing %s"\ndate: %sT08:00:00Z\ntags: ["lng", "taiwan"]\nsummary: "One more."\nauthor: "Bench"\n---\n\nTaiwan weighs a new LNG deal, round %s.\n' \
        "$i" "$d" "$i" > "content/2024/zz-bench-new-$i.md" ;;
body) f=$(ls content/2019/*.md | sed -n 100p); printf '\nOne more paragraph %s.\n' "$(date +%s%N)" >> "$f" ;;
title) f=$(ls content/2023/*.md | sed -n 200p)
       sed -i "0,/^title: /s/^title: .*/title: \"Retitled $(date +%s%N)\"/" "$f" ;;
*) echo "unknown mode: $M" >&2; exit 2 ;;
esac
log="$A/.rebuild.log"; timing="$A/.rebuild.time"
if ! /usr/bin/time -f "%e %M %U %S" -o "$timing" mvn -B -o "org.sitegen:site-gen-maven-plugin:$V:build" \
    -Dsite-gen.timings ${EXTRA:-} > "$log" 2>&1; then
  tail -30 "$log"; exit 1
fi
echo "$V $M $(awk '{printf "wall %s rss %.0f cpu %.2f", $1, $2 / 1024, $3 + $4}' "$timing")" \
  "load $(cut -d' ' -f1 /proc/loadavg) | $(grep -o 'Stages:.*' "$log") | $(grep -o 'Pages kept.*' "$log")"
