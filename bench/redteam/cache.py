import sys, os, time, datetime, shutil, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from harness import *
ST = "target/site-gen/"
def cachefiles(d, pat):
    return sorted(glob.glob(os.path.join(d, ST, pat)))
def damage(pat, how, edit=True):
    def f(d):
        files = cachefiles(d, pat)
        assert files, pat
        for p in files:
            b = open(p, "rb").read()
            if how == "truncate": b = b[: len(b) // 2]
            elif how == "flip": i = len(b) // 2; b = b[:i] + bytes([b[i] ^ 0x5a]) + b[i + 1:]
            elif how == "empty": b = b""
            elif how == "garbage": b = b"garbage\n" * 10
            open(p, "wb").write(b)
        if edit:
            sub(d, mds(d)[20], r"\n\n", "\n\nEdited after damage. ")
            sub(d, CH, r"title: \"", "title: \"Retitled: ")
    return f
for pat in ["build-state", "build-state.files", "build-state.site", "build-state.cache/bodies/*", "build-state.cache/documents/*",
            "build-state.cache/pages", "build-state.cache/terms/*"]:
    for how in ["truncate", "flip", "garbage"]:
        for edit in [True, False]:
            name = "damage-" + pat.replace("build-state", "bs").replace("/", "_").replace("*", "all") + "-" + how + ("-edit" if edit else "")
            S[name] = (lambda pat=pat, how=how, edit=edit, name=name: run(name, [(None, U, True), (damage(pat, how, edit), U, True)]))
@sc("old-plugin-cache-17")
def _():
    def b17(d):
        subprocess.call(["mvn", "-B", "-q", "-o", "org.sitegen:site-gen-maven-plugin:0.1.0-base17:build"] + U, cwd=d)
        sub(d, mds(d)[4], r"\n\n", "\n\nEdited. ")
    return run("old-plugin-cache-17", [(None, U, True), (b17, U, True)])
@sc("old-plugin-then-same")
def _():
    # last build by an older plugin: the same inputs with base18 must not be "up to date"
    def b17(d): subprocess.call(["mvn", "-B", "-q", "-o", "org.sitegen:site-gen-maven-plugin:0.1.0-base17:build"] + U, cwd=d)
    return run("old-plugin-then-same", [(None, U, True), (b17, U, True)])
@sc("swap-same-size")
def _():
    # two files of the same size swapped by rename (mtimes travel with them): stamps by size+mtime
    def pre(d):
        W(d, "content/2022/2022-01-01-aaa.md", "---\ntitle: Alpha one\ndate: 2022-01-01\ntags: [x1]\n---\nFirst body.\n")
        W(d, "content/2022/2022-01-02-bbb.md", "---\ntitle: Bravo two\ndate: 2022-01-02\ntags: [x2]\n---\nOther body.\n")
        t = time.time() - 100
        os.utime(d + "/content/2022/2022-01-01-aaa.md", (t, t)); os.utime(d + "/content/2022/2022-01-02-bbb.md", (t, t))
    def swap(d):
        a, b = d + "/content/2022/2022-01-01-aaa.md", d + "/content/2022/2022-01-02-bbb.md"
        os.rename(a, a + ".tmp"); os.rename(b, a); os.rename(a + ".tmp", b)
    return run("swap-same-size", [(None, U, True), (swap, U, True)], pre=pre)
@sc("restore-mtime-same-size")
def _():
    def pre(d):
        t = time.time() - 100; os.utime(d + "/" + CH, (t, t))
    def fix(d):
        p = d + "/" + CH; st = os.stat(p)
        t = R(d, CH).replace("Blinken", "Blinkan", 1); W(d, CH, t)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    return run("restore-mtime-same-size", [(None, U, True), (fix, U, True)], pre=pre)
JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64"
def with_java(home):
    def f(d): os.environ["JAVA_HOME"] = home
    return f
@sc("jdk-switch-same")
def _():
    os.environ.pop("JAVA_HOME", None)
    try:
        return run("jdk-switch-same", [(None, P(timeZone="America/Sao_Paulo", language="fr"), True), (with_java(JDK25), P(timeZone="America/Sao_Paulo", language="fr"), True)])
    finally: os.environ.pop("JAVA_HOME", None)
@sc("jdk-switch-edit")
def _():
    os.environ.pop("JAVA_HOME", None)
    try:
        return run("jdk-switch-edit", [(None, P(timeZone="America/Sao_Paulo", language="fr"), True),
                                       (lambda d: (with_java(JDK25)(d), sub(d, mds(d)[30], r"\n\n", "\n\nEdited. ")), P(timeZone="America/Sao_Paulo", language="fr"), True)])
    finally: os.environ.pop("JAVA_HOME", None)
@sc("threads-1-2-same")
def _(): return run("threads-1-2-same", [(None, P(threads=1), True), (None, P(threads=2), True)])
@sc("stale-extra-file")
def _():
    def junk(d): W(d, "site-output/junk.html", "x"); os.makedirs(d + "/site-output/emptydir", exist_ok=True)
    return run("stale-extra-file", [(None, U, True), (junk, U, True)])
@sc("output-edited")
def _():
    def ed(d): W(d, "site-output/index.html", "hand edited"); rm(d, "site-output/tags/china/index.html")
    return run("output-edited", [(None, U, True), (ed, U, True)])
@sc("output-edited-with-change")
def _():
    def ed(d): W(d, "site-output/about/index.html", "hand edited"); sub(d, mds(d)[40], r"\n\n", "\n\nEdited. ")
    return run("output-edited-with-change", [(None, U, True), (ed, U, True)])
@sc("output-deleted")
def _(): return run("output-deleted", [(None, U, True), (lambda d: rm(d, "site-output"), U, True)])

for n, f in S.items():
    if not only or any(n.startswith(o) for o in only):
        f()
print("\n".join(results))
