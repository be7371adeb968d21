import java.nio.file.Files

File file = new File(basedir, 'content/2024/2024-03-05-talks-resume-in-zurich-a-first-round.md')
assert file.isFile() : "site-gen:new did not create ${file}"
String text = new String(Files.readAllBytes(file.toPath()), 'UTF-8')
assert text.startsWith('---\ntitle: "Talks resume in Zürich: a first round"\ndate: 2024-03-05 09:30 +00:00\n')
assert text.contains('tags: ["diplomacy", "examplia"]\n') : 'second run must not overwrite the first file'
assert text.contains('summary: ""\n') && text.contains('draft: true\n')
// every front matter field, the optional ones as comments
['authors: []', 'sources: []', '# updated: ', '# slug: ', '# corrections:'].each {
    assert text.contains(it) : "the scaffold has no ${it}"
}

String log = new String(Files.readAllBytes(new File(basedir, 'build.log').toPath()), 'UTF-8')
assert log.contains('[INFO] Created content/2024/2024-03-05-talks-resume-in-zurich-a-first-round.md') : 'the path is printed'
assert log.contains('[WARNING] -Dtitle is deprecated: write -Dsite-gen.title')
assert log.contains('[ERROR] site-gen: content/2024/2024-03-05-talks-resume-in-zurich-a-first-round.md already exists; not overwritten')
assert log.contains('[ERROR] site-gen: a new briefing needs a title: mvn site-gen:new -Dsite-gen.title="Talks resume in Geneva"')
assert !log.contains('The parameters \'title\' for goal') : "not Maven's generic message for a missing parameter"

assert new File(basedir, 'site-output/2024/01/02/existing/index.html').isFile()
assert !new File(basedir, 'site-output/2024/03/05').exists() : 'a draft is not published by default'
assert new File(basedir, 'with-drafts/2024/03/05/talks-resume-in-zurich-a-first-round/index.html').isFile()
return true
