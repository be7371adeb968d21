import sys, os, time, datetime, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from harness import *
JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64"
def tehran(d): W(d, "content/1978/1978-11-14-night.md", "---\ntitle: Night in Tehran\ndate: 1978-11-14T20:15:00Z\ntags: [iran]\n---\nA night.\n")
def j25(d): os.environ["JAVA_HOME"] = JDK25
T = P(timeZone="Asia/Tehran")
@sc("jdk-tehran-same")
def _():
    os.environ.pop("JAVA_HOME", None)
    try: return run("jdk-tehran-same", [(None, T, True), (j25, T, True)], pre=tehran)
    finally: os.environ.pop("JAVA_HOME", None)
@sc("jdk-tehran-edit")
def _():
    os.environ.pop("JAVA_HOME", None)
    try: return run("jdk-tehran-edit", [(None, T, True), (lambda d: (j25(d), sub(d, mds(d)[30], r"\n\n", "\n\nEdited. ")), T, True)], pre=tehran)
    finally: os.environ.pop("JAVA_HOME", None)
@sc("jdk-tehran-back")
def _():
    os.environ["JAVA_HOME"] = JDK25
    try: return run("jdk-tehran-back", [(None, T, True), (lambda d: os.environ.pop("JAVA_HOME", None), T, True)], pre=tehran)
    finally: os.environ.pop("JAVA_HOME", None)
for n, f in S.items():
    if not only or any(n.startswith(o) for o in only):
        f()
print("\n".join(results))

# --- killed builds after a settings change, then a normal build
def killed_after(secs, args):
    def f(d):
        import signal
        log = open(os.path.join(ROOT, "w", "kill.log"), "a")
        p = subprocess.Popen(["mvn", "-B", "-o", PLUGIN] + args, cwd=d, stdout=log, stderr=log, start_new_session=True)
        time.sleep(secs)
        try: os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError: pass
        p.wait()
    return f
for secs in [2.0, 3.5, 5.0, 6.5]:
    name = f"kill-settings-{secs}"
    def mk(secs=secs, name=name):
        def change(d):
            sub(d, mds(d)[50], r"\n\n", "\n\nEdited before the kill. ")
            killed_after(secs, P(pageSize=9, prettyLinks="true"))(d)
        return run(name, [(None, U, True), (change, P(pageSize=9, prettyLinks="true"), True)])
    S[name] = mk
for n, f in list(S.items()):
    if n.startswith("kill") and (not only or any(n.startswith(o) for o in only)):
        f()
print("\n".join(results))
