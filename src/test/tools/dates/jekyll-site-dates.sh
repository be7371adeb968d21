#!/bin/bash
# What Jekyll itself gives a post dated `date: LINE`, for each line of FILE, on a site in time
# zone TZNAME: the URL day (permalink /:year/:month/:day/:title/) and the date in the site zone.
# usage: jekyll-site-dates.sh TZNAME FILE   (Debian: apt-get install jekyll)
# Jekyll stops at the first date it cannot read: give it only dates it reads.
set -e
tz=$1; cases=$(realpath "$2"); d=$(mktemp -d); mkdir -p $d/_posts $d/_layouts
printf 'timezone: %s\npermalink: /:year/:month/:day/:title/\n' "$tz" > $d/_config.yml
echo '{{ page.date | date: "%Y-%m-%dT%H:%M:%S.%L%z" }}' > $d/_layouts/p.html
i=0; while IFS= read -r c; do i=$((i+1)); printf -- '---\nlayout: p\ndate: %s\n---\n' "$c" > $d/_posts/2000-01-01-p$i.md; done < "$cases"
(cd $d && jekyll build -q >/dev/null)
i=0; while IFS= read -r c; do i=$((i+1)); f=$(find $d/_site -path "*/p$i/index.html"); echo "$c|${f#$d/_site}|$(tr -d '\n' < $f)"; done < "$cases"
