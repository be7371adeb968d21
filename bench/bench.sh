#!/usr/bin/env bash
# Times the whole `mvn site-gen:build` process on generated archives, beside Hugo when installed.
# usage: bench/bench.sh [-r RUNS] [-k] [-x] [-c] [-b] [SIZE...]     (default: -r 3 1000 10000)
#   -r RUNS  runs per measurement (median reported)      -k  skip `mvn install` of the plugin
#   -x       also run with bench/jvm.config (.mvn/jvm.config tuned for one-shot builds)
#   -c       also run with bench/jvm.config plus a class-data sharing archive of the build's classes
#            (made by one untimed build per size, as a user makes it once; see README.md)
#   -b       the everyday rebuilds (site-gen's and Hugo's alike) also once more with the disk busy:
#            another process creating, writing and deleting small files all the while (what this
#            kind of disk is slowest at), as when a writer's machine indexes, syncs or builds
# Env: BENCH_DIR (default /tmp/site-gen-bench), MAVEN_OPTS passes through (e.g. -Xmx3g for 100k).
# Measures per size: cold build (no site-output, no staging), no-change re-run (and whether any
# output file was rewritten), peak RSS and CPU/wall (both cores busy => close to 2.0); then the
# writer's everyday rebuilds beside Hugo's re-runs on the same edit (new briefing, body edit,
# title/tag change, date move, deletion, template edit), with the files each changed in the output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=3; install=1; tuned=0; cds=0; busy=0
while getopts "r:kxcb" o; do case $o in r) runs=$OPTARG;; k) install=0;; x) tuned=1;; c) cds=1;; b) busy=1;; *) exit 2;; esac; done
shift $((OPTIND - 1))
sizes=("${@:-1000 10000}"); sizes=(${sizes[@]})
work=${BENCH_DIR:-/tmp/site-gen-bench}
mkdir -p "$work"
# Other worktrees `mvn install` the same SNAPSHOT into ~/.m2 (a jar swapped mid-run fails the build
# with NoClassDefFoundError), so the plugin is installed from a copy of this tree under a version of
# its own, 0.1.0-bench-<commit>[-dirty], and the benchmark calls exactly that version.
rev=$(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo nogit)$(cd "$repo" && git diff --quiet HEAD -- src pom.xml templates 2>/dev/null || echo -dirty)
version=${BENCH_VERSION:-0.1.0-bench-$rev}
goal="org.sitegen:site-gen-maven-plugin:$version:build"
if [ $install = 1 ]; then
  src="$work/plugin-src"; rm -rf "$src"; mkdir -p "$src"
  (cd "$repo" && tar cf - pom.xml src/main templates) | (cd "$src" && tar xf -)
  # only the project's own <version> (the first one in the pom)
  awk -v v="$version" '!done && /<version>[^<]*<\/version>/ {sub(/<version>[^<]*<\/version>/, "<version>" v "</version>"); done=1} 1' \
    "$repo/pom.xml" > "$src/pom.xml"
  (cd "$src" && mvn -B -q install -DskipTests -Dinvoker.skip=true)
fi
echo "plugin: $goal"

# Old output is moved aside, not deleted, until the end: on ext4, creating files after a mass delete
# makes the kernel scan recently freed inodes (recently_deleted(), seen in `perf` as most of a
# build's system time, for minutes after deleting a large tree), which would charge whichever build
# comes next for the delete.
trash="$work/trash"; mkdir -p "$trash"
retire() { for p in "$@"; do if [ -e "$p" ]; then mv "$p" "$(mktemp -d "$trash/XXXXXX")/"; fi; done; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# timed LOG CMD...: runs CMD under /usr/bin/time, appends "wall_s rss_mib cpu_pct" to LOG
timed() {
  local log=$1; shift
  /usr/bin/time -f "%e %M %P %U %S" -o "$work/time.out" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  awk '{printf "%s %.0f %s %.2f\n", $1, $2/1024, $3, $4 + $5}' "$work/time.out" >> "$log"
}
col() { awk -v c=$1 '{print $c}' "$2" | tr -d % | median; }

corpus() { # SIZE -> prints the archive folder, generating it once
  local n=$1 a="$work/archive-$n"
  if [ ! -f "$a/.complete" ]; then
    rm -rf "$a"; mkdir -p "$a"
    python3 /work/shared/bench/gen_corpus.py --count "$n" --seed 42 --out "$a/content" > "$work/gen.log" 2>&1 || { cat "$work/gen.log" >&2; exit 1; }
    cp "$here/pom.xml" "$a/pom.xml"; touch "$a/.complete"
  fi
  echo "$a"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine distort wall times; CPU s does not)"
printf '%-8s %-34s %9s %9s %8s %8s\n' size what "wall s" "RSS MiB" "CPU %" "CPU s"
usejvm() { # ARCHIVE VARIANT: the archive's .mvn/jvm.config for that variant
  rm -rf "$1/.mvn"
  if [ "$2" != default ]; then mkdir -p "$1/.mvn"; cp "$here/jvm.config" "$1/.mvn/jvm.config"; fi
  if [ "$2" = tuned+cds ]; then echo "-XX:SharedArchiveFile=$work/classes-$version.jsa" >> "$1/.mvn/jvm.config"; fi
}
cdsdump() { # ARCHIVE: one untimed build that writes the class-data sharing archive at exit
  usejvm "$1" tuned
  rm -f "$work/classes-$version.jsa"
  retire "$1/site-output" "$1/.site-output.staging" "$1/.site-output.previous" "$1/target"
  MAVEN_OPTS="${MAVEN_OPTS:-} -XX:ArchiveClassesAtExit=$work/classes-$version.jsa" \
    mvn -B -q -f "$1/pom.xml" "$goal" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
}
row() { # SIZE LABEL LOG [EXTRA]
  printf '%-8s %-34s %9s %9s %8s %8s%s\n' "$1" "$2" "$(col 1 "$3")" "$(col 2 "$3")" "$(col 3 "$3")" "$(col 4 "$3")" "${4:-}"
}
# The writer's everyday rebuilds: each round makes one edit of each kind to the archive, and the
# same edit to Hugo's copy of the corpus, and times one build of each with the last output
# present; "files changed" counts output files added, removed or with other bytes (sha1).
# Everything edited is put back at the end (the corpus is generated once and reused).
snapshot() { (cd "$1" && find . -type f -print0 | xargs -0 sha1sum | sort) > "$2"; }
changed() { comm -3 "$1" "$2" | awk '{print $2}' | sort -u | wc -l; }
scenarios=(new-briefing body-edit title-tag-edit date-move deletion template-edit)
# New briefings are named by this run, so that one a killed run left in the corpus (it is put back
# only at the end) is never written again as "new": that would be an edit changing nothing.
runid=$(date +%s)
edit() { # SCENARIO ROUND CONTENT_DIR SITE_GEN_TEMPLATES HUGO_LAYOUTS(or -) INDEX: makes the edit in one tree
  local s=$1 i=$2 c=$3 old
  old=$(cd "$c" && ls 2019/*.md | sed -n "$((10 * i + $6 + 1))p") # an old briefing, another per round and scenario
  case $s in
    new-briefing) printf -- '---\ntitle: "Bench New Briefing %s"\ndate: 2025-01-0%sT08:00:00Z\ntags: ["lng", "taiwan"]\nsummary: "One more."\nauthor: "Bench"\n---\n\nTaiwan weighs a new LNG deal, round %s.\n' "$runid-$i" "$i" "$i" > "$c/2024/zz-bench-new-$runid-$i.md";;
    body-edit) printf '\nA paragraph added by the benchmark, round %s.\n' "$i" >> "$c/$old";;
    title-tag-edit) sed -i -e "s/^title: \"/title: \"Retitled $i /" -e "s/^tags: \[/tags: [\"bench-$i\", /" "$c/$old";;
    date-move) sed -i -e "s/^date: 2019-/date: 2018-/" "$c/$old";;
    deletion) rm "$c/$old";;
    template-edit)
      if [ "$4" != - ]; then mkdir -p "$4"; sed "s#</@layout.page>#<p class=\"bench\">$i</p></@layout.page>#" "$repo/templates/briefing.ftlh" > "$4/briefing.ftlh"; fi
      # inside the page's "main" block: text after Hugo's {{ end }} made every single page that text alone
      if [ "$5" != - ]; then sed -i "s#</article>#<p class=\"bench\">$i</p></article>#" "$5/_default/single.html"; fi;;
  esac
}
# The disk kept busy until stopped: 2,000 small files written and synced, then deleted, over and over.
hog() {
  local d="$work/hog"
  while :; do
    mkdir -p "$d"; for f in $(seq 2000); do echo "$f" > "$d/$f"; done; sync "$d" 2>/dev/null || sync; rm -rf "$d"
  done
}
everyday() { # SIZE ARCHIVE HUGO_DIR VARIANT [LABEL]: LABEL (e.g. "busy") names the results apart
  local n=$1 a=$2 h=$3 v=$4 i k s sg hg hugoc="$3/site/content/briefings" tag=${5:+-$5}
  rm -rf "$work/pristine"; cp -r "$a/content" "$work/pristine"
  usejvm "$a" "$v"
  retire "$a/site-output" "$a/.site-output.staging" "$a/.site-output.previous" "$a/target" "$a/templates"
  mvn -B -q -f "$a/pom.xml" "$goal" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  for s in "${scenarios[@]}"; do : > "$work/$n-$v$tag-$s.txt"; : > "$work/$n-hugo$tag-$s.txt"; : > "$work/$n$tag-$s.files"; done
  for i in $(seq "$runs"); do
    for k in "${!scenarios[@]}"; do
      s=${scenarios[$k]}
      snapshot "$a/site-output" "$work/before.sha"
      edit "$s" "$i" "$a/content" "$a/templates" - "$k"
      timed "$work/$n-$v$tag-$s.txt" mvn -B -q -f "$a/pom.xml" "$goal"
      snapshot "$a/site-output" "$work/after.sha"
      sg=$(changed "$work/before.sha" "$work/after.sha"); hg=-
      if [ $hugo = 1 ]; then
        snapshot "$h/site/public" "$work/before.sha"
        edit "$s" "$i" "$hugoc" - "$h/site/layouts" "$k"
        (cd "$h/site" && timed "$work/$n-hugo$tag-$s.txt" hugo --quiet)
        snapshot "$h/site/public" "$work/after.sha"
        hg=$(changed "$work/before.sha" "$work/after.sha")
      fi
      echo "$sg $hg" >> "$work/$n$tag-$s.files"
    done
  done
  for s in "${scenarios[@]}"; do
    row "$n" "site-gen $v $s${5:+ ($5)}" "$work/$n-$v$tag-$s.txt" "   files changed: $(awk '{print $1}' "$work/$n$tag-$s.files" | median)"
    if [ $hugo = 1 ]; then
      row "$n" "hugo $s${5:+ ($5)}" "$work/$n-hugo$tag-$s.txt" "   files changed: $(awk '{print $2}' "$work/$n$tag-$s.files" | median)"
      awk -v s="$(col 1 "$work/$n-$v$tag-$s.txt")" -v h="$(col 1 "$work/$n-hugo$tag-$s.txt")" -v n="$n" -v t="$s${5:+ ($5)}" \
        'BEGIN {printf "%-8s site-gen / hugo wall ratio, %s: %.2f\n", n, t, s / h}'
    fi
  done
  # the corpus as generated again, for the next run, and Hugo's copy
  retire "$a/content" "$a/templates"; mv "$work/pristine" "$a/content"
  if [ $hugo = 1 ]; then /work/shared/bench/hugo-compare.sh "$n" "$h" > /dev/null 2>&1; fi
}

for n in "${sizes[@]}"; do
  a=$(corpus "$n")
  variants=(default); [ $tuned = 1 ] && variants+=(tuned); [ $cds = 1 ] && variants+=(tuned+cds)
  if [ $cds = 1 ]; then cdsdump "$a"; fi
  hugo=0; command -v hugo > /dev/null && hugo=1
  h="$work/hugo-$n"; hl="$work/$n-hugo.txt"
  if [ $hugo = 1 ]; then /work/shared/bench/hugo-compare.sh "$n" "$h" > /dev/null 2>&1; : > "$hl"; fi
  for v in "${variants[@]}"; do : > "$work/$n-$v-cold.txt"; : > "$work/$n-$v-rerun.txt"; done
  # Cold builds round-robin (site-gen variants, then Hugo, RUNS times), so every tool meets the
  # disk in the same states: the file system's cost drifts for minutes after large deletes.
  for i in $(seq "$runs"); do
    for v in "${variants[@]}"; do
      usejvm "$a" "$v"
      retire "$a/site-output" "$a/.site-output.staging" "$a/.site-output.previous" "$a/target"
      sync
      timed "$work/$n-$v-cold.txt" mvn -B -q -f "$a/pom.xml" "$goal"
    done
    if [ $hugo = 1 ]; then
      retire "$h/site/public" "$h/site/resources"; sync
      (cd "$h/site" && timed "$hl" hugo --quiet)
    fi
  done
  for v in "${variants[@]}"; do
    usejvm "$a" "$v"
    # the no-change re-runs of this variant start from a site this variant built
    retire "$a/site-output" "$a/.site-output.staging" "$a/.site-output.previous" "$a/target"
    mvn -B -q -f "$a/pom.xml" "$goal" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
    find "$a/site-output" -type f -printf '%P %T@\n' | sort > "$work/mtimes.before"
    for i in $(seq "$runs"); do
      timed "$work/$n-$v-rerun.txt" mvn -B -q -f "$a/pom.xml" "$goal"
    done
    find "$a/site-output" -type f -printf '%P %T@\n' | sort > "$work/mtimes.after"
    rewritten=$(comm -3 "$work/mtimes.before" "$work/mtimes.after" | awk '{print $1}' | sort -u | wc -l)
    row "$n" "site-gen $v cold" "$work/$n-$v-cold.txt"
    row "$n" "site-gen $v no-change re-run" "$work/$n-$v-rerun.txt" "   files rewritten: $rewritten"
  done
  everyday "$n" "$a" "$h" "${variants[-1]}"
  if [ $busy = 1 ]; then
    hog & hogpid=$!
    everyday "$n" "$a" "$h" "${variants[-1]}" busy
    kill $hogpid; wait $hogpid 2>/dev/null || true; rm -rf "$work/hog"
  fi
  rm -rf "$a/.mvn"
  if [ $hugo = 1 ]; then
    row "$n" "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1) cold" "$hl"
    for v in "${variants[@]}"; do
      awk -v s="$(col 1 "$work/$n-$v-cold.txt")" -v h="$(col 1 "$hl")" -v n="$n" -v v="$v" \
        'BEGIN {printf "%-8s site-gen %s / hugo wall ratio: %.2f\n", n, v, s / h}'
      # the same ratio round by round (each site-gen build against the Hugo build of its round):
      # Hugo's own time varies more between rounds than site-gen's, which moves the ratio of medians
      paste -d' ' "$work/$n-$v-cold.txt" "$hl" | awk '{printf "%.2f\n", $1 / $5}' > "$work/$n-$v-rounds.txt"
      printf '%-8s site-gen %s / hugo by round: %s(median %s)\n' "$n" "$v" \
        "$(tr '\n' ' ' < "$work/$n-$v-rounds.txt")" "$(median < "$work/$n-$v-rounds.txt")"
    done
  fi
done
echo "deleting old output; on ext4, start the next benchmark a few minutes later (see docs/performance.md)"
rm -rf "$trash"
