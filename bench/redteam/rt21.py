#!/usr/bin/env python3
"""Twenty-first session's red team: what no red team tried before (two builds at once, an
unreadable file, a read-only output folder, DST moves, git operations, a hand-edited published
page whose body is read back, language switches, random shard sequences). Same harness."""
import sys, os, time, shutil, random, subprocess, stat, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from harness import *
import harness

# The machine's user is root, for whom permissions do not apply: every build here runs without
# the capabilities that override them, so an unreadable file or a read-only folder is one.
NOCAP = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--"]
def mvn_nocap(d, args, log):
    cmd = NOCAP + ["mvn", "-e", "-B", "-o", harness.PLUGIN] + list(args)
    with open(log, "a") as f:
        f.write("\n$ " + " ".join(cmd) + "\n"); f.flush()
        return subprocess.call(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
harness.mvn = mvn_nocap

def run_each(name, steps, pre=None, check=None):
    """As harness.run, but every successful step's tree is compared with a cold build of its inputs."""
    make_base()
    w = os.path.join(ROOT, "w", name); c = os.path.join(ROOT, "w", name + ".cold")
    shutil.rmtree(w, ignore_errors=True)
    shutil.copytree(BASE, w, symlinks=True)
    log = os.path.join(ROOT, "w", name + ".log"); open(log, "w").close()
    if pre: pre(w)
    for i, (fn, args, ok) in enumerate(steps):
        if fn: fn(w)
        rc = harness.mvn(w, args, log)
        if ok is not None and (rc == 0) != ok:
            return report(name, f"step {i}: build rc={rc}, expected {'ok' if ok else 'failure'} (see {log})")
        if rc != 0 or i == 0:
            continue
        copy_inputs(w, c)
        shutil.rmtree(os.path.join(c, ".git"), ignore_errors=True)
        if harness.mvn(c, args, log) != 0:
            return report(name, f"step {i}: cold build failed (see {log})")
        r = subprocess.run(["diff", "-rq", os.path.join(w, "site-output"), os.path.join(c, "site-output")], capture_output=True, text=True)
        if r.returncode != 0:
            lines = r.stdout.splitlines()
            return report(name, f"step {i}: DIVERGED ({len(lines)} differences)\n    " + "\n    ".join(lines[:12]))
        if check:
            problem = check(w, i)
            if problem:
                return report(name, f"step {i}: {problem}")
    return report(name, f"OK identical at each of {len(steps) - 1} steps")

def edit(d, i, text="Edited. "):
    sub(d, mds(d)[i], r"\n\n", "\n\n" + text)

def newb(d, n, day="2024-06-%02d", tags="[china, energy]", body=None):
    W(d, f"content/2024/2024-06-{n:02d}-rt-new-{n}.md", f"---\ntitle: \"Red team new {n}\"\ndate: {day % n}\ntags: {tags}\n---\n"
      + (body or f"Zanzibarite{n} unique word and a sentence about energy and trade.\n"))

@sc("two-builds-at-once")
def _():
    def both(d):
        edit(d, 10); newb(d, 1)
        cmd = ["mvn", "-e", "-B", "-o", harness.PLUGIN] + U
        with open(os.path.join(ROOT, "w", "two-builds-at-once.log"), "a") as f:
            a = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
            time.sleep(0.3)
            b = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
            ra, rb = a.wait(), b.wait()
            f.write(f"\nrc {ra} {rb}\n")
    return run("two-builds-at-once", [(None, U, True), (both, U, None), (None, U, True)])

@sc("two-builds-at-once-nothird")
def _():
    def both(d):
        edit(d, 11); newb(d, 2); rm(d, mds(d)[50])
        cmd = ["mvn", "-e", "-B", "-o", harness.PLUGIN] + U
        with open(os.path.join(ROOT, "w", "two-builds-at-once-nothird.log"), "a") as f:
            a = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
            time.sleep(1.5)
            b = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
            ra, rb = a.wait(), b.wait()
            f.write(f"\nrc {ra} {rb}\n")
    def noop(d): pass
    return run("two-builds-at-once-nothird", [(None, U, True), (both, U, None), (noop, U, True)])

def whole_files(d):
    """Published pages that are not whole (a page ends with </html>, a script or JSON is not empty)."""
    bad = []
    for p, ds, fs in os.walk(d + "/site-output"):
        for f in fs:
            q = os.path.join(p, f)
            if f.endswith(".html"):
                b = open(q, "rb").read().rstrip()
                if not b.endswith(b"</html>"): bad.append(q)
            elif f.endswith(".js") or f.endswith(".xml"):
                if os.path.getsize(q) == 0: bad.append(q)
    return bad

for delay in [0.0, 0.7, 2.0, 3.5]:
    def two(delay=delay):
        name = f"two-builds-whole-{delay}"
        def both(d):
            for i in range(3): edit(d, 60 + i)
            newb(d, 13 + int(delay * 2)); rm(d, mds(d)[90])
            cmd = NOCAP + ["mvn", "-e", "-B", "-o", harness.PLUGIN] + U
            with open(os.path.join(ROOT, "w", name + ".log"), "a") as f:
                a = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
                time.sleep(delay)
                b = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
                f.write(f"\nrc {a.wait()} {b.wait()}\n")
            bad = whole_files(d)
            if bad: print(name, "NOT WHOLE after two builds:", bad[:5], flush=True)
        return run(name, [(None, U, True), (both, U, None), (None, U, True)])
    S[f"two-builds-whole-{delay}"] = two

@sc("unreadable-file")
def _():
    def lock(d): edit(d, 12); os.chmod(os.path.join(d, mds(d)[13]), 0)
    def unlock(d): os.chmod(os.path.join(d, mds(d)[13]), 0o644)
    return run("unreadable-file", [(None, U, True), (lock, U, False), (unlock, U, True)])

@sc("unreadable-file-then-edit")
def _():
    def lock(d): os.chmod(os.path.join(d, mds(d)[13]), 0)
    def unlock(d): os.chmod(os.path.join(d, mds(d)[13]), 0o644); edit(d, 13)
    return run("unreadable-file-then-edit", [(None, U, True), (lock, U, False), (unlock, U, True)])

@sc("unreadable-edited")
def _():
    def lock(d): edit(d, 13); os.chmod(os.path.join(d, mds(d)[13]), 0)
    def unlock(d): os.chmod(os.path.join(d, mds(d)[13]), 0o644)
    return run("unreadable-edited", [(None, U, True), (lock, U, False), (unlock, U, True)])

@sc("unreadable-folder")
def _():
    def lock(d): newb(d, 11); os.chmod(os.path.join(d, "content/2019"), 0)
    def unlock(d): os.chmod(os.path.join(d, "content/2019"), 0o755)
    return run("unreadable-folder", [(None, U, True), (lock, U, False), (unlock, U, True)])

@sc("vanish-mid-build")
def _():
    def during(d):
        newb(d, 12)
        cmd = NOCAP + ["mvn", "-e", "-B", "-o", harness.PLUGIN] + U
        with open(os.path.join(ROOT, "w", "vanish-mid-build.log"), "a") as f:
            a = subprocess.Popen(cmd, cwd=d, stdout=f, stderr=subprocess.STDOUT)
            time.sleep(4.0)
            for i in range(30, 40): rm(d, mds(d)[30])
            f.write(f"\nrc {a.wait()}\n")
    return run("vanish-mid-build", [(None, U, True), (during, U, None), (None, U, True)])

@sc("readonly-output")
def _():
    def ro(d):
        edit(d, 14); newb(d, 3)
        for p, ds, fs in os.walk(d + "/site-output"):
            os.chmod(p, 0o555)
    def rw(d):
        for p, ds, fs in os.walk(d + "/site-output"):
            os.chmod(p, 0o755)
    return run("readonly-output", [(None, U, True), (ro, U, False), (rw, U, True)])

@sc("readonly-output-subfolder")
def _():
    def ro(d):
        edit(d, 15); newb(d, 4)
        os.chmod(d + "/site-output/tags", 0o555)
    def rw(d): os.chmod(d + "/site-output/tags", 0o755)
    return run("readonly-output-subfolder", [(None, U, True), (ro, U, None), (rw, U, True)])

@sc("dst-move")
def _():
    tz = P(timeZone="America/New_York")
    def pre(d): W(d, "content/2024/2024-03-09-dst.md", "---\ntitle: DST one\ndate: 2024-03-09 02:30\ntags: [dst]\n---\nBefore the change.\n")
    def m1(d): sub(d, "content/2024/2024-03-09-dst.md", "2024-03-09 02:30", "2024-03-10 02:30")
    def m2(d): sub(d, "content/2024/2024-03-09-dst.md", "2024-03-10 02:30", "2024-11-03 01:30")
    def m3(d): sub(d, "content/2024/2024-03-09-dst.md", "2024-11-03 01:30", "2024-11-03T01:30:00-04:00")
    def m4(d): sub(d, "content/2024/2024-03-09-dst.md", "2024-11-03T01:30:00-04:00", "2024-11-03T01:30:00-05:00")
    return run("dst-move", [(None, tz, True), (m1, tz, None), (m2, tz, None), (m3, tz, None), (m4, tz, True)], pre=pre)

@sc("git-checkout-older")
def _():
    def pre(d):
        g = lambda *a: subprocess.check_call(["git", "-c", "user.email=a@b", "-c", "user.name=rt"] + list(a), cwd=d, stdout=subprocess.DEVNULL)
        g("init", "-q"); g("add", "content"); g("commit", "-qm", "one")
        for i in range(20, 60, 3): edit(d, i, "Second commit edit. ")
        newb(d, 5); rm(d, mds(d)[70])
        g("add", "-A", "content"); g("commit", "-qm", "two")
    def co(d): subprocess.check_call(["git", "checkout", "-q", "HEAD~1", "--", "content"], cwd=d); subprocess.call(["git", "clean", "-qfd", "content"], cwd=d)
    def back(d): subprocess.check_call(["git", "checkout", "-q", "HEAD", "--", "content"], cwd=d)
    def stash(d):
        edit(d, 33, "Stashed edit. ")
        subprocess.check_call(["git", "stash", "-q"], cwd=d)
    def pop(d): subprocess.check_call(["git", "stash", "pop", "-q"], cwd=d)
    return run_each("git-checkout-older", [(None, U, True), (co, U, True), (back, U, True), (stash, U, True), (pop, U, True)], pre=pre)

@sc("published-body-edited")
def _():
    # a deploy step edits published pages in place (analytics snippet), then the writer adds a briefing
    def ed(d):
        for p, ds, fs in os.walk(d + "/site-output"):
            for f in fs:
                if f == "index.html" and "/2023/" in p:
                    t = open(os.path.join(p, f), encoding="utf-8").read()
                    t = t.replace("<p>", "<p data-x=\"1\">")
                    open(os.path.join(p, f), "w", encoding="utf-8").write(t)
        newb(d, 6, tags="[china]")
    return run("published-body-edited", [(None, U, True), (ed, U, True)])

@sc("published-body-edited-same-size")
def _():
    def ed(d):
        n = 0
        for p, ds, fs in os.walk(d + "/site-output"):
            for f in fs:
                if f == "index.html" and p.count("/") - (d + "/site-output").count("/") == 4:
                    q = os.path.join(p, f); st = os.stat(q)
                    t = open(q, encoding="utf-8").read()
                    t2 = t.replace("<p>", "<P>")
                    if t2 != t:
                        open(q, "w", encoding="utf-8").write(t2); os.utime(q, ns=(st.st_atime_ns, st.st_mtime_ns)); n += 1
        print("edited", n)
        newb(d, 7, tags="[china]")
        edit(d, 3)
    return run("published-body-edited-same-size", [(None, U, True), (ed, U, True)])

@sc("published-body-truncated")
def _():
    def ed(d):
        for p, ds, fs in os.walk(d + "/site-output/2023"):
            for f in fs:
                if f == "index.html":
                    q = os.path.join(p, f); b = open(q, "rb").read(); open(q, "wb").write(b[: len(b) // 2])
        newb(d, 8, tags="[china]")
    return run("published-body-truncated", [(None, U, True), (ed, U, True)])

@sc("published-replaced-by-deploy")
def _():
    # a deploy tool that rewrites every page (new inode, new mtime, same bytes) then one edit
    def ed(d):
        for p, ds, fs in os.walk(d + "/site-output"):
            for f in fs:
                q = os.path.join(p, f); b = open(q, "rb").read(); os.remove(q); open(q, "wb").write(b)
        edit(d, 40)
    return run("published-replaced-by-deploy", [(None, U, True), (ed, U, True)])

for lang_a, lang_b in [("en", "zh"), ("zh", "en"), ("zh", "ja"), ("en", "fr")]:
    def mk(a=lang_a, b=lang_b):
        name = f"language-{a}-{b}"
        return run_each(name, [(None, P(language=a), True), (lambda d: edit(d, 5), P(language=b), True), (lambda d: newb(d, 9), P(language=b), True)])
    S[f"language-{lang_a}-{lang_b}"] = mk

@sc("messages-count-characters")
def _():
    def on(d): W(d, "templates/messages_en.properties", "text.countCharacters=yes\n"); edit(d, 6)
    def off(d): rm(d, "templates/messages_en.properties"); newb(d, 10)
    return run_each("messages-count-characters", [(None, U, True), (on, U, True), (off, U, True)])

@sc("lang-frontmatter-switch")
def _():
    def to_zh(d): sub(d, mds(d)[7], r"\ntitle:", "\nlang: zh\ntitle:")
    def back(d): sub(d, mds(d)[7], r"\nlang: zh", "")
    return run_each("lang-frontmatter-switch", [(None, U, True), (to_zh, U, True), (lambda d: edit(d, 8), U, True), (back, U, True)])

@sc("nfd-nfc")
def _():
    nfc = unicodedata.normalize("NFC", "content/2024/2024-05-01-café.md"); nfd = unicodedata.normalize("NFD", nfc)
    def pre(d): W(d, nfc, "---\ntitle: Café one\ndate: 2024-05-01\n---\nAccented.\n")
    def ren(d): os.rename(os.path.join(d, nfc), os.path.join(d, nfd))
    def both(d): W(d, nfc, "---\ntitle: Café two\ndate: 2024-05-02\n---\nAccented two.\n")
    return run("nfd-nfc", [(None, U, True), (ren, U, True), (both, U, None)], pre=pre)

def random_seq(seed, steps=8):
    name = f"shards-random-{seed}"
    rnd = random.Random(seed)
    state = {"n": 100}
    def step(d):
        for _ in range(rnd.randint(1, 3)):
            k = rnd.choice(["new", "new", "new", "del", "move", "edit"])
            files = mds(d)
            if k == "new":
                state["n"] += 1; n = state["n"]
                W(d, f"content/2024/rt-{n}.md", f"---\ntitle: \"Random {n}\"\ndate: 2024-07-{rnd.randint(1,28):02d} {rnd.randint(0,23):02d}:{rnd.randint(0,59):02d}\n"
                  f"tags: [{rnd.choice(['china','energy','trade','zq'])}]\n---\n" + " ".join(f"w{n}x{rnd.randint(0,9999)} word{rnd.randint(0,50)}" for _ in range(rnd.randint(5, 400))) + "\n")
            elif k == "del":
                rm(d, rnd.choice(files[2:]))
            elif k == "move":
                f = rnd.choice(files[2:]); t = R(d, f)
                import re
                t2 = re.sub(r"\ndate: [^\n]*", f"\ndate: 20{rnd.randint(15,24)}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}", t, count=1)
                W(d, f, t2)
            else:
                f = rnd.choice(files[2:]); W(d, f, R(d, f) + f"\nEdited qz{rnd.randint(0,999)} text.\n")
    steps_list = [(None, U, True)] + [(step, U, True) for _ in range(steps)]
    return run_each(name, steps_list)

def search(d, query, expected="-", absent=None):
    cmd = ["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "search-check.mjs"), d + "/site-output", query, expected]
    if absent: cmd.append(absent)
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    return None if r.returncode == 0 else f"search '{query}' in Chromium: {r.stdout.strip()} {r.stderr.strip()[-300:]}"

@sc("shards-browser")
def _():
    # new posts one after another (the newest segment's one shard; every 8th recut), deletions of
    # earlier new posts and a date move; after each build: the tree of a cold build, and the search
    # page in Chromium finds the new post's word and not a deleted post's
    rnd = random.Random(99)
    made = []
    deleted = []
    def step(d):
        n = len(made) + len(deleted) + 1
        W(d, f"content/2024/2024-08-{n:02d}-sb-{n}.md", f"---\ntitle: \"Shard post {n}\"\ndate: 2024-08-{n:02d} 09:00\ntags: [energy]\n---\n"
          f"Qzuniq{n} appears here only. " + " ".join(f"word{rnd.randint(0, 3000)}" for _ in range(rnd.randint(200, 900))) + "\n")
        made.append(n)
        if n % 3 == 0:
            k = made.pop(0); deleted.append(k); rm(d, f"content/2024/2024-08-{k:02d}-sb-{k}.md")
        if n % 4 == 0:
            sub(d, mds(d)[rnd.randint(5, 150)], r"\ndate: [^\n]*", "\ndate: 2016-05-05", 1)
    def check(d, i):
        p = search(d, f"qzuniq{made[-1]}", f"Shard post {made[-1]}")
        if p: return p
        if deleted:
            return search(d, f"qzuniq{deleted[-1]}", "-", f"Shard post {deleted[-1]}")
    return run_each("shards-browser", [(None, U, True)] + [(step, U, True) for _ in range(11)], check=check)

for s in range(1, 6):
    S[f"shards-random-{s}"] = (lambda s=s: random_seq(s))

for n, f in S.items():
    if not only or any(n.startswith(o) for o in only):
        f()
print("\n".join(results))
