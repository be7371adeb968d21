import sys, os, time, datetime, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from harness import *

@sc("assetTypes")
def _():
    def pre(d): W(d, "content/2022/diagram.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"); W(d, "content/CNAME", "ex.org\n")
    def drop(d): rm(d, "content/2022/diagram.svg"); rm(d, "content/CNAME")
    return run("assetTypes", [(None, P(assetTypes="svg", hostFiles="CNAME"), True), (None, U, False), (drop, U, True)], pre=pre)
@sc("tpl-add-edit-remove")
def _():
    src = THEME + "/briefing.ftlh"
    def add(d): os.makedirs(d + "/templates", exist_ok=True); shutil.copy(src, d + "/templates/briefing.ftlh"); sub(d, "templates/briefing.ftlh", "<article", "<!-- mine --><article")
    def edit(d): sub(d, "templates/briefing.ftlh", "<!-- mine -->", "<!-- mine, edited -->")
    def remove(d): rm(d, "templates/briefing.ftlh")
    return run("tpl-add-edit-remove", [(None, U, True), (add, U, True), (edit, U, True), (remove, U, True)])
@sc("tpl-partial")
def _():
    src = THEME + "/partials/card.ftlh"
    def add(d): os.makedirs(d + "/templates/partials", exist_ok=True); shutil.copy(src, d + "/templates/partials/card.ftlh"); W(d, "templates/partials/card.ftlh", "<!-- card -->", "a")
    return run("tpl-partial", [(None, U, True), (add, U, True), (lambda d: rm(d, "templates/partials/card.ftlh"), U, True)])
@sc("tpl-messages")
def _():
    def add(d): W(d, "templates/messages_en.properties", "status.scheduled=Coming\nnav.home=Front\n")
    return run("tpl-messages", [(None, U, True), (add, U, True), (lambda d: rm(d, "templates/messages_en.properties"), U, True)])
@sc("tpl-asset")
def _():
    def add(d): W(d, "templates/assets/custom.css", "body{color:red}\n"); W(d, "templates/assets/extra.js", "1\n")
    return run("tpl-asset", [(None, U, True), (add, U, True), (lambda d: (rm(d, "templates/assets/extra.js"), W(d, "templates/assets/custom.css", "")), U, True),
                             (lambda d: rm(d, "templates"), U, True)])
@sc("tpl-embed")
def _():
    def pre(d): sub(d, CH, r"\n\n", "\n\n{{< note >}}A note.{{< /note >}}\n\n")
    def add(d): os.makedirs(d + "/templates/embeds", exist_ok=True); shutil.copy(THEME + "/embeds/note.ftlh", d + "/templates/embeds/note.ftlh"); W(d, "templates/embeds/note.ftlh", "<!-- my note -->", "a")
    return run("tpl-embed", [(None, U, True), (add, U, True), (lambda d: rm(d, "templates/embeds/note.ftlh"), U, True)], pre=pre)
@sc("tpl-dir-setting")
def _():
    def add(d): W(d, "theme2/messages_en.properties", "nav.home=Front\n")
    return run("tpl-dir-setting", [(None, U, True), (add, P(templatesDirectory="theme2"), True), (None, U, True)])
@sc("static-add-remove-replace")
def _():
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    def add(d): open(d + "/content/2020/chart.png", "wb").write(png); open(d + "/content/files/report.pdf", "wb").write(b"%PDF-1.4\n") if os.makedirs(d + "/content/files", exist_ok=True) is None else None
    def replace(d): open(d + "/content/2023/map.png", "wb").write(png + b"\0")
    def remove(d): rm(d, "content/2020/chart.png"); rm(d, "content/files")
    return run("static-add-remove-replace", [(None, U, True), (add, U, True), (replace, U, True), (remove, U, True)])
@sc("static-case-rename")
def _():
    def ren(d): mv(d, "content/2023/map.png", "content/2023/Map.png"); sub(d, CH, r"map\.png", "Map.png")
    return run("static-case-rename", [(None, U, True), (ren, U, True)])
@sc("md-case-rename")
def _():
    def ren(d): mv(d, FU, "content/2023/2023-02-20-China-Follow-Up.md"); sub(d, "content/2023/2023-02-20-China-Follow-Up.md", "title: .*", "title: Renamed")
    return run("md-case-rename", [(None, U, True), (ren, U, True)])
@sc("md-case-rename-only")
def _():
    def ren(d): mv(d, FU, "content/2023/2023-02-20-China-follow-up.md")
    return run("md-case-rename-only", [(None, U, True), (ren, U, True)])
@sc("slug-rename")
def _():
    def ren(d): mv(d, CH, "content/2023/2023-02-19-china-aid-renamed.md"); sub(d, FU, "china-lethal-aid.md", "china-aid-renamed.md", 0); sub(d, "content/pages/about.md", "china-lethal-aid.md", "china-aid-renamed.md")
    return run("slug-rename", [(None, U, True), (ren, U, True)])
@sc("slug-frontmatter")
def _():
    return run("slug-frontmatter", [(None, U, True), (lambda d: sub(d, CH, "\ntags:", "\nslug: lethal\ntags:"), U, True)])
@sc("layout-flat")
def _():
    def flat(d):
        for m in mds(d):
            if m.startswith("content/2023/2023-02"): continue
            mv(d, m, "content/" + os.path.basename(m))
    return run("layout-flat", [(None, U, True), (flat, U, True)])
@sc("layout-jekyll")
def _():
    def jek(d):
        for m in mds(d):
            b = os.path.basename(m)
            if b[:4].isdigit(): continue
            t = R(d, m); import re
            dt = re.search(r"\ndate: (\d{4}-\d\d-\d\d)", t).group(1)
            mv(d, m, "content/_posts/" + dt + "-" + b)
    return run("layout-jekyll", [(None, U, True), (jek, U, True)])
@sc("symlink-file")
def _():
    def link(d):
        W(d, "outside/linked.md", "---\ntitle: Linked in\ndate: 2022-05-05\ntags: [china]\n---\nFrom a link.\n")
        os.symlink(d + "/outside/linked.md", d + "/content/2022/linked.md")
    def edit(d): W(d, "outside/linked.md", "---\ntitle: Linked in, edited\ndate: 2022-05-05\ntags: [china, linked]\n---\nFrom a link.\n")
    return run("symlink-file", [(None, U, True), (link, U, None), (edit, U, None)])
@sc("symlink-dir")
def _():
    def link(d):
        W(d, "outside2/x/one.md", "---\ntitle: Linked dir\ndate: 2022-06-06\ntags: [china]\n---\nFrom a linked dir.\n")
        os.symlink(d + "/outside2/x", d + "/content/linked")
    return run("symlink-dir", [(None, U, True), (link, U, None)])
@sc("conflict")
def _():
    def dup(d): shutil.copy(d + "/" + CH, d + "/content/2023/china-lethal-aid.md")
    def fix(d): rm(d, "content/2023/china-lethal-aid.md")
    return run("conflict", [(None, U, True), (dup, U, False), (fix, U, True)])
@sc("conflict-fixed-by-edit")
def _():
    def dup(d): shutil.copy(d + "/" + CH, d + "/content/2023/china-lethal-aid.md")
    def fix(d): sub(d, "content/2023/china-lethal-aid.md", "\ntags:", "\nslug: other-aid\ntags:")
    return run("conflict-fixed-by-edit", [(None, U, True), (dup, U, False), (fix, U, True)])
@sc("alias-conflict")
def _():
    def dup(d): sub(d, FU, "\ntags:", "\naliases: [/2023/02/19/old-china.html]\ntags:")
    def fix(d): sub(d, FU, "old-china.html", "old-follow.html")
    return run("alias-conflict", [(None, U, True), (dup, U, False), (fix, U, True)])
@sc("error-then-fixed")
def _():
    def bad(d): sub(d, mds(d)[10], r"\ntitle:", "\ntitle: [unclosed\ntitle:")
    def fix(d): sub(d, mds(d)[10], r"\ntitle: \[unclosed", "")
    return run("error-then-fixed", [(None, U, True), (lambda d: (bad(d), sub(d, mds(d)[11], r"\n\n", "\n\nEdited meanwhile. ")), U, False), (fix, U, True)])
@sc("error-then-other-fix")
def _():
    def bad(d): sub(d, mds(d)[10], r"\ntitle:", "\ntitle: [unclosed\ntitle:")
    def fix(d): rm(d, mds(d)[10])
    return run("error-then-other-fix", [(None, U, True), (bad, U, False), (fix, P(pageSize=9), True)])
@sc("template-error")
def _():
    def bad(d): W(d, "templates/home.ftlh", "<#if>\n")
    return run("template-error", [(None, U, True), (bad, U, False), (lambda d: rm(d, "templates/home.ftlh"), U, True)])
@sc("translation-add")
def _():
    def fr(d): W(d, "content/2023/2023-02-19-chine-aide.fr.md", "---\ntitle: La Chine et l'aide létale\ndate: 2023-02-19 09:30\nlang: fr\ntags: [chine]\ntranslations: 2023-02-19-china-lethal-aid.md\n---\nTexte.\n")
    return run("translation-add", [(None, U, True), (fr, U, True), (None, P(defaultLanguageAtRoot="false"), True), (lambda d: rm(d, "content/2023/2023-02-19-chine-aide.fr.md"), P(defaultLanguageAtRoot="false"), True)])
@sc("translation-key")
def _():
    def fr(d): W(d, "content/2023/fr-suivi.md", "---\ntitle: Suivi\ndate: 2023-02-20 10:00\nlang: fr\ntags: [chine]\ntranslationKey: follow\n---\nSuite.\n")
    def key(d): sub(d, FU, "\ntags:", "\ntranslationKey: follow\ntags:")
    return run("translation-key", [(None, U, True), (fr, U, True), (key, U, True), (lambda d: sub(d, "content/2023/fr-suivi.md", "lang: fr", "lang: de"), P(language="fr"), True)])
@sc("entities-yaml")
def _():
    def add(d): W(d, "content/entities/people.yaml", "- name: Antony Blinken\n  aliases: [Blinken, Tony Blinken]\n  description: US Secretary of State\n")
    def edit(d): W(d, "content/entities/people.yaml", "- name: Antony J. Blinken\n  aliases: [Antony Blinken]\n")
    return run("entities-yaml", [(None, U, True), (add, U, None), (edit, U, None), (lambda d: rm(d, "content/entities/people.yaml"), U, True)])
@sc("page-add-remove")
def _():
    def add(d): W(d, "content/pages/contact.md", "---\ntitle: Contact\n---\nWrite to us.\n")
    return run("page-add-remove", [(None, U, True), (add, U, True), (lambda d: rm(d, "content/pages/contact.md"), U, True)])
@sc("delete-followed")
def _():
    return run("delete-followed", [(None, U, True), (lambda d: (rm(d, FU)), U, True)])
@sc("tpl-embed2")
def _():
    def pre(d): sub(d, CH, r"\n\n", "\n\n::: note title=\"How\"\nA note.\n:::\n\n::: figure src=\"map.png\" alt=\"Map\"\nCaption\n:::\n\n")
    def add(d):
        os.makedirs(d + "/templates/embeds", exist_ok=True); shutil.copy(THEME + "/embeds/note.ftlh", d + "/templates/embeds/note.ftlh"); W(d, "templates/embeds/note.ftlh", "<!-- my note -->", "a")
    def edit(d): W(d, "templates/embeds/note.ftlh", "<!-- again -->", "a")
    def fig(d): W(d, "templates/embeds/figure.ftlh", "<figure>${src}</figure>")
    return run("tpl-embed2", [(None, U, True), (add, U, True), (edit, U, True), (fig, U, None), (lambda d: rm(d, "templates/embeds"), U, True)], pre=pre)
@sc("embed-image-replaced")
def _():
    def pre(d): sub(d, CH, r"\n\n", "\n\n::: figure src=\"map.png\" alt=\"Map\"\nCaption\n:::\n\n")
    def rep(d): shutil.copy(THEME + "/assets/apple-touch-icon.png", d + "/content/2023/map.png")
    return run("embed-image-replaced", [(None, U, True), (rep, U, True), (lambda d: rm(d, "content/2023/map.png"), U, None), (rep, U, True)], pre=pre)
@sc("symlink-inside")
def _():
    def link(d):
        os.makedirs(d + "/content/img", exist_ok=True)
        os.symlink("../2023/map.png", d + "/content/img/logo.png")
        sub(d, FU, r"More on", "![logo](../img/logo.png)\n\nMore on")
    def edit(d): shutil.copy(THEME + "/assets/apple-touch-icon.png", d + "/content/2023/map.png")
    def retarget(d): os.remove(d + "/content/img/logo.png"); shutil.copy(THEME + "/assets/apple-touch-icon.png", d + "/content/2023/icon.png"); os.symlink("../2023/icon.png", d + "/content/img/logo.png")
    return run("symlink-inside", [(None, U, True), (link, U, True), (edit, U, True), (retarget, U, True)])
@sc("symlink-md-inside")
def _():
    def link(d):
        W(d, "content/shared/text.txt", "---\ntitle: Linked\ndate: 2022-05-05\ntags: [china]\n---\nFrom a link.\n")
        os.symlink("../shared/text.txt", d + "/content/2022/linked.md")
    def edit(d): W(d, "content/shared/text.txt", "---\ntitle: Linked, edited\ndate: 2022-05-05\ntags: [china, linked]\n---\nFrom a link, edited.\n")
    def retarget(d):
        W(d, "content/shared/text2.txt", "---\ntitle: Linked 2\ndate: 2022-05-06\ntags: [linked]\n---\nOther.\n")
        os.remove(d + "/content/2022/linked.md"); os.symlink("../shared/text2.txt", d + "/content/2022/linked.md")
    return run("symlink-md-inside", [(None, U, True), (link, U, None), (edit, U, None), (retarget, U, None)])
@sc("symlink-tpl-inside")
def _():
    def link(d):
        W(d, "templates/assets/real.css", "body{color:blue}\n")
        os.symlink("real.css", d + "/templates/assets/custom.css")
    def edit(d): W(d, "templates/assets/real.css", "body{color:green}\n")
    def tpl(d):
        W(d, "templates/parts/mine.ftlh", open(THEME + "/home.ftlh").read() + "<!-- mine -->")
        os.symlink("parts/mine.ftlh", d + "/templates/home.ftlh")
    def tpledit(d): W(d, "templates/parts/mine.ftlh", open(THEME + "/home.ftlh").read() + "<!-- mine 2 -->")
    return run("symlink-tpl-inside", [(None, U, True), (link, U, True), (edit, U, True), (tpl, U, True), (tpledit, U, True)])
@sc("entities-yaml2")
def _():
    def add(d): W(d, "content/entities/people.yaml", "Antony Blinken:\n  aliases: [Blinken, Tony Blinken]\n")
    return run("entities-yaml2", [(None, U, True), (add, U, None), (lambda d: rm(d, "content/entities/people.yaml"), U, True)])
@sc("translation-add2")
def _():
    def pre(d): sub(d, CH, "aliases: .*\n", "")
    def fr(d): W(d, "content/2023/2023-02-19-chine-aide.fr.md", "---\ntitle: La Chine et l'aide létale\ndate: 2023-02-19 09:30\nlang: fr\ntags: [chine]\ntranslations: 2023-02-19-china-lethal-aid.md\n---\nTexte.\n")
    return run("translation-add2", [(None, U, True), (fr, U, True), (None, P(defaultLanguageAtRoot="false"), True),
        (lambda d: sub(d, "content/2023/2023-02-19-chine-aide.fr.md", "Texte.", "Texte modifié."), P(defaultLanguageAtRoot="false"), True),
        (lambda d: rm(d, "content/2023/2023-02-19-chine-aide.fr.md"), P(defaultLanguageAtRoot="false"), True)], pre=pre)
@sc("translation-root-flip")
def _():
    def pre(d):
        sub(d, CH, "aliases: .*\n", "")
        W(d, "content/2023/2023-02-19-chine-aide.fr.md", "---\ntitle: La Chine\ndate: 2023-02-19 09:30\nlang: fr\ntags: [chine]\ntranslations: 2023-02-19-china-lethal-aid.md\n---\nTexte.\n")
    return run("translation-root-flip", [(None, P(defaultLanguageAtRoot="false"), True), (None, U, True), (None, P(language="fr"), True)], pre=pre)
for n, f in S.items():
    if not only or any(n.startswith(o) for o in only):
        f()
print("\n".join(results))
