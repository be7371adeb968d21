#!/usr/bin/env python3
"""Incremental-vs-cold attack harness (see README.md here): build cold, change, build
incrementally, build the same inputs cold in a fresh copy, diff -r the two site-output/ trees."""
import os, re, shutil, subprocess, sys, time, json, glob, base64
ROOT = os.environ.get("RT_ROOT", "/tmp/rt")
BASE = os.path.join(ROOT, "base")
PLUGIN = os.environ.get("RT_PLUGIN", "org.sitegen:site-gen-maven-plugin:0.1.0-base18:build")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THEME = os.path.join(REPO, "templates")
GEN = os.environ.get("RT_GEN", "/work/shared/bench/gen_corpus.py")
SEED = os.environ.get("RT_SEED", "/work/shared/seeds/000_d018a89bbe1152b2.txt")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def make_base():
    """200 generated briefings (seed 7), the seed article with entities, an alias, sources and a
    map, a briefing that follows it, a page; pom.xml and .mvn/jvm.config from bench/."""
    if os.path.isdir(BASE):
        return
    os.makedirs(BASE)
    subprocess.check_call([sys.executable, GEN, "--count", "200", "--seed", "7", "--out", BASE + "/content"],
                          stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(REPO, "bench", "pom.xml"), BASE + "/pom.xml")
    os.makedirs(BASE + "/.mvn")
    shutil.copy(os.path.join(REPO, "bench", "jvm.config"), BASE + "/.mvn/jvm.config")
    lines = open(SEED, encoding="utf-8").read().splitlines()
    W(BASE, "content/2023/2023-02-19-china-lethal-aid.md", "---\ntitle: \"" + lines[0] + "\"\ndate: 2023-02-19 09:30\n"
      "tags: [china, russia, Ukraine]\npeople: [Antony Blinken, Wang Yi]\naliases: [/2023/02/19/old-china.html]\n"
      "sources:\n  - publisher: NBC News\n    title: Blinken interview\n    url: https://nbc.example.com/blinken\n---\n"
      + "\n".join(lines[1:]) + "\n\n![A map](map.png)\n")
    open(BASE + "/content/2023/map.png", "wb").write(PNG)
    W(BASE, "content/2023/2023-02-20-china-follow-up.md", "---\ntitle: \"China aid: the follow-up\"\n"
      "date: 2023-02-20 10:00\ntags: [china]\nfollows: 2023-02-19-china-lethal-aid.md\n---\n"
      "More on [the first briefing](2023-02-19-china-lethal-aid.md).\n")
    W(BASE, "content/pages/about.md", "---\ntitle: About\n---\n"
      "About this desk. See [the China briefing](../2023/2023-02-19-china-lethal-aid.md).\n")

def mvn(d, args, log):
    cmd = ["mvn", "-e", "-B", "-o", PLUGIN] + list(args)
    with open(log, "a") as f:
        f.write("\n$ " + " ".join(cmd) + "\n"); f.flush()
        rc = subprocess.call(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
    return rc

def copy_inputs(src, dst):
    shutil.rmtree(dst, ignore_errors=True)
    def ign(path, names):
        if os.path.abspath(path) == os.path.abspath(src):
            return [n for n in names if n in ("site-output", "target", "build.log")]
        return []
    shutil.copytree(src, dst, symlinks=True, ignore=ign)

def run(name, steps, pre=None):
    """steps: list of (change_fn or None, args, expect_ok: True, False or None for either). The
    first step is the cold build; the cold twin is built with the last successful step's args."""
    make_base()
    w = os.path.join(ROOT, "w", name); c = os.path.join(ROOT, "w", name + ".cold")
    shutil.rmtree(w, ignore_errors=True); shutil.rmtree(c, ignore_errors=True)
    os.makedirs(os.path.dirname(w), exist_ok=True)
    shutil.copytree(BASE, w, symlinks=True)
    log = os.path.join(ROOT, "w", name + ".log"); open(log, "w").close()
    if pre: pre(w)
    last_args = None
    for i, (fn, args, ok) in enumerate(steps):
        if fn: fn(w)
        rc = mvn(w, args, log)
        if ok is not None and (rc == 0) != ok:
            return report(name, f"step {i}: build rc={rc}, expected {'ok' if ok else 'failure'} (see {log})")
        if rc == 0: last_args = args
    copy_inputs(w, c)
    rc = mvn(c, last_args, log)
    if rc != 0:
        return report(name, f"cold build failed rc={rc} (see {log})")
    r = subprocess.run(["diff", "-rq", os.path.join(w, "site-output"), os.path.join(c, "site-output")],
                       capture_output=True, text=True)
    if r.returncode == 0:
        return report(name, "OK identical")
    lines = r.stdout.splitlines()
    return report(name, f"DIVERGED ({len(lines)} differences)\n    " + "\n    ".join(lines[:12]))

results = []
def report(name, msg):
    line = f"[{time.strftime('%H:%M:%S')}] {name}: {msg}"
    print(line, flush=True); results.append(line)
    return msg.startswith("OK")

# ---- helpers for changes
def W(d, rel, text, mode="w"):
    p = os.path.join(d, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, mode, encoding="utf-8") as f: f.write(text)
def R(d, rel):
    with open(os.path.join(d, rel), encoding="utf-8") as f: return f.read()
def sub(d, rel, pat, rep, count=1):
    t = R(d, rel); t2 = re.sub(pat, rep, t, count=count)
    assert t != t2, (rel, pat); W(d, rel, t2)
def mds(d):
    return sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "content", "**", "*.md"), recursive=True)
                  if "/pages/" not in p)
def mv(d, a, b):
    os.makedirs(os.path.dirname(os.path.join(d, b)), exist_ok=True)
    os.rename(os.path.join(d, a), os.path.join(d, b))
def rm(d, rel):
    p = os.path.join(d, rel)
    shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.remove(p)

# What every scenario script shares: the site URL every build sets (feeds and sitemap on), a
# setting list, the scenarios asked for on the command line, the register of scenarios by name,
# and the seed article and the briefing that follows it.
U = ["-Dsite-gen.siteUrl=https://ex.org/b"]
def P(**kv): return U + [f"-Dsite-gen.{k}={v}" for k, v in kv.items()]
only = sys.argv[1:]
S = {}
def sc(name):
    def deco(f): S[name] = f; return f
    return deco
CH = "content/2023/2023-02-19-china-lethal-aid.md"
FU = "content/2023/2023-02-20-china-follow-up.md"
