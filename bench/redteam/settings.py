import sys, os, time, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from harness import *

@sc("same")
def _(): return run("same", [(None, U, True), (None, U, True)])
@sc("pageSize")
def _(): return run("pageSize", [(None, U, True), (None, P(pageSize=7), True)])
@sc("taxonomies")
def _():
    def pre(d): sub(d, mds(d)[5], r"\ntags:", "\ncountries: [France, Chad]\ntags:")
    return run("taxonomies", [(None, U, True), (None, P(taxonomies="tags,countries"), True),
                              (None, P(taxonomies="countries,tags", taxonomyNames="tags=Topics"), True)], pre=pre)
@sc("taxonomies-back")
def _():
    return run("taxonomies-back", [(None, P(taxonomies="tags,people"), True), (None, U, True)])
@sc("prettyLinks")
def _(): return run("prettyLinks", [(None, U, True), (None, P(prettyLinks="true"), True)])
@sc("prettyLinks-back")
def _(): return run("prettyLinks-back", [(None, P(prettyLinks="true"), True), (None, U, True)])
@sc("siteUrl-add")
def _(): return run("siteUrl-add", [(None, [], True), (None, U, True)])
@sc("siteUrl-remove")
def _(): return run("siteUrl-remove", [(None, U, True), (None, [], True)])
@sc("siteUrl-change")
def _(): return run("siteUrl-change", [(None, U, True), (None, ["-Dsite-gen.siteUrl=https://other.example/x/"], True)])
@sc("timeZone")
def _(): return run("timeZone", [(None, U, True), (None, P(timeZone="Pacific/Kiritimati"), True)])
@sc("timeZone-back")
def _(): return run("timeZone-back", [(None, P(timeZone="America/Los_Angeles"), True), (None, U, True)])
@sc("language")
def _(): return run("language", [(None, U, True), (None, P(language="fr"), True)])
@sc("language-ar")
def _(): return run("language-ar", [(None, P(language="de"), True), (None, P(language="ar"), True)])
def draft(d): W(d, "content/2024/2024-03-03-a-draft.md", "---\ntitle: A draft\ndate: 2024-03-03\ntags: [china, drafts-only]\ndraft: true\n---\nDraft text.\n")
@sc("drafts-on")
def _(): return run("drafts-on", [(None, U, True), (None, P(drafts="true"), True)], pre=draft)
@sc("drafts-off")
def _(): return run("drafts-off", [(None, P(drafts="true"), True), (None, U, True)], pre=draft)
@sc("draft-flag")
def _(): return run("draft-flag", [(None, U, True), (lambda d: sub(d, "content/2024/2024-03-03-a-draft.md", "draft: true", "draft: false"), U, True),
                                   (lambda d: sub(d, "content/2024/2024-03-03-a-draft.md", "draft: false", "draft: true"), U, True)], pre=draft)
def future(d): W(d, "content/2026/2026-12-31-future.md", "---\ntitle: From the future\ndate: 2026-12-31 10:00\ntags: [china, future-only]\n---\nLater.\n")
@sc("future-on")
def _(): return run("future-on", [(None, U, True), (None, P(future="true"), True)], pre=future)
@sc("future-off")
def _(): return run("future-off", [(None, P(future="true"), True), (None, U, True)], pre=future)
def soon(secs):
    def f(d):
        at = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=secs)).strftime("%Y-%m-%dT%H:%M:%SZ")
        W(d, "content/2026/2026-12-07-soon.md", f"---\ntitle: Comes due soon\ndate: {at}\ntags: [china, soon-only]\n---\nSoon.\n")
    return f
def wait(secs):
    def f(d): time.sleep(secs)
    return f
@sc("date-passes")
def _(): return run("date-passes", [(None, U, True), (wait(45), U, True)], pre=soon(40))
@sc("date-passes-future")
def _(): return run("date-passes-future", [(None, P(future="true"), True), (wait(45), P(future="true"), True)], pre=soon(40))
@sc("date-passes-edit")
def _():
    # something else changes too, so the build is not skipped: are the kept pages right?
    return run("date-passes-edit", [(None, P(future="true"), True),
                                    (lambda d: (time.sleep(45), sub(d, mds(d)[0], r"\n\n", "\n\nEdited. ")), P(future="true"), True)], pre=soon(40))
@sc("theme")
def _():
    return run("theme", [(None, U, True), (None, P(accentColor="#0a5c36", headerText="Desk", textFont="Georgia, serif"), True),
                         (None, P(accentColor="teal", darkAccentColor="#7fd1a8", uiFont="Arial"), True)])
@sc("logo")
def _():
    def add(d): W(d, "templates/assets/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    return run("logo", [(None, U, True), (add, P(logo="assets/logo.svg"), True), (lambda d: rm(d, "templates/assets/logo.svg"), P(logo="assets/logo.svg"), True)])
@sc("threads")
def _():
    return run("threads", [(None, P(threads=1), True), (lambda d: sub(d, mds(d)[3], r"\n\n", "\n\nEdited. "), P(threads=2), True)])
@sc("headingShift")
def _(): return run("headingShift", [(None, U, True), (None, P(headingShift=1), True)])
@sc("rawHtml")
def _():
    def pre(d): sub(d, mds(d)[7], r"\n\n", "\n\n<div class=\"x\" onclick=\"evil()\">raw <b>html</b></div>\n\n")
    return run("rawHtml", [(None, U, True), (None, P(rawHtml="escape"), True), (None, P(rawHtml="trust"), True)], pre=pre)
@sc("fastMarkdown")
def _(): return run("fastMarkdown", [(None, U, True), (None, P(fastMarkdown="false"), True)])
@sc("redirectsFile")
def _():
    return run("redirectsFile", [(None, U, True), (None, P(redirectsFile="netlify"), True),
                                 (lambda d: sub(d, "content/2023/2023-02-19-china-lethal-aid.md", "old-china.html", "older-china/"), P(redirectsFile="netlify"), True),
                                 (None, U, True)])
@sc("assetTypes")
def _():
    def pre(d): W(d, "content/2022/diagram.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"); W(d, "content/CNAME", "ex.org\n")
    return run("assetTypes", [(None, U, True), (None, P(assetTypes="svg", hostFiles="CNAME"), True), (None, U, True)], pre=pre)
@sc("siteTitle")
def _(): return run("siteTitle", [(None, U, True), (None, P(siteTitle="New Title", siteDescription="A desk"), True)])
@sc("outputDirectory")
def _():
    return run("outputDirectory", [(None, P(outputDirectory="out2"), True), (None, U, True)])

for n, f in S.items():
    if not only or n in only:
        f()
print("\n".join(results))
