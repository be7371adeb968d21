#!/bin/bash
# What Hugo itself (not only spf13/cast) gives a post dated `date: LINE`, for each line of FILE,
# on a site in time zone TZNAME: the URL day (/:year/:month/:day/) and the instant in UTC.
# usage: hugo-site-dates.sh TZNAME FILE   (Debian: apt-get install hugo)
set -e
tz=$1; cases=$(realpath "$2"); d=$(mktemp -d); mkdir -p $d/content/posts $d/layouts/_default
printf 'baseURL = "http://x.test/"\ntimeZone = "%s"\ndisableKinds = ["taxonomy","term","RSS","sitemap","robotsTXT","404"]\n[permalinks]\nposts = "/:year/:month/:day/:filename/"\n' "$tz" > $d/config.toml
echo '{{ .Date.UTC.Format "2006-01-02T15:04:05.000Z" }}' > $d/layouts/_default/single.html
echo x > $d/layouts/_default/list.html; echo x > $d/layouts/index.html
i=0; while IFS= read -r c; do i=$((i+1)); printf -- '---\ntitle: t\ndate: %s\n---\n' "$c" > $d/content/posts/p$i.md; done < "$cases"
(cd $d && hugo --quiet >/dev/null)
i=0; while IFS= read -r c; do i=$((i+1)); f=$(find $d/public -path "*/p$i/index.html"); echo "$c|${f#$d/public}|$(tr -d '\n' < $f)"; done < "$cases"
