#!/usr/bin/env python3
# Adds entity lists (people, countries, orgs: ~2.7 a briefing), follows: (5% of briefings follow
# the one before them) and entity data files to a corpus made by gen_corpus.py, deterministically.
# usage: bench/add_entities.py SRC_CONTENT DST_CONTENT   (DST is replaced)
import os, random, re, sys, shutil
src, dst = sys.argv[1], sys.argv[2]
shutil.rmtree(dst, ignore_errors=True); shutil.copytree(src, dst)
rnd = random.Random(7)
first = "Anna Ben Carla David Elena Farid Greta Hiro Ines Jonas Kira Liam Maya Nikos Olga Pavel Qing Rosa Samir Tomas Ulla Viktor Wen Ximena Yusuf Zofia".split()
last = "Adler Brandt Chen Dimitrov Eze Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau Novak Okafor Petrov Quinn Rossi Suzuki Tanaka Usman Varga Wagner Xu Yilmaz Zhang".split()
people = [f"{f} {l}" for f in first for l in last][:600]
countries = ["Country %03d" % i for i in range(150)]
orgs = ["Organisation of %s" % w for w in ("Trade Energy Defence Health Finance Ports Rail Grain Water Space".split())] + ["Agency %d" % i for i in range(140)]
files = []
for root, _, names in os.walk(dst):
    for n in names:
        if n.endswith('.md'):
            p = os.path.join(root, n)
            text = open(p, encoding='utf-8').read()
            date = re.search(r'^date: (\S+)', text, re.M).group(1)
            files.append((date, os.path.relpath(p, dst), p, text))
files.sort()
mentions = 0
for i, (date, rel, p, text) in enumerate(files):
    ppl = rnd.sample(people, rnd.choice([0, 1, 1, 2]))
    cty = rnd.sample(countries, rnd.choice([1, 1, 2]))
    org = rnd.sample(orgs, rnd.choice([0, 0, 1]))
    mentions += len(ppl) + len(cty) + len(org)
    extra = "people: [%s]\ncountries: [%s]\n" % (", ".join(ppl), ", ".join(cty))
    if org:
        extra += "orgs: [%s]\n" % ", ".join(org)
    if i > 0 and rnd.random() < 0.05:
        extra += "follows: /%s\n" % files[i - 1][1]
    head, sep, body = text[4:].partition('\n---\n')
    open(p, 'w', encoding='utf-8').write('---\n' + head + '\n' + extra.rstrip('\n') + sep + body)
os.makedirs(os.path.join(dst, 'entities'), exist_ok=True)
with open(os.path.join(dst, 'entities/people.yaml'), 'w') as f:
    for name in people[:300]:
        f.write("- name: %s\n  aliases: [Mr %s]\n  description: A synthetic person for the benchmark.\n  wikidata: Q%d\n" % (name, name, 1000 + people.index(name)))
with open(os.path.join(dst, 'entities/countries.yaml'), 'w') as f:
    for name in countries:
        f.write("- name: %s\n" % name)
print("mentions", mentions, "files", len(files))
