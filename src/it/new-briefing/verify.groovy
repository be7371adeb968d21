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

// 6: the day as given (no invented midnight), and the far-future warning at its line.
File far = new File(basedir, 'content/2052/2052-03-14-harbour-reopens.md')
assert far.isFile()
assert far.getText('UTF-8').startsWith('---\ntitle: "Harbour reopens"\ndate: 2052-03-14\n')
assert far.getText('UTF-8').contains('# updated: 2052-03-15\n')
assert log.contains("[WARNING] content/2052/2052-03-14-harbour-reopens.md:3:7: warning: 'date' 2052-03-14 is more than a year ahead; fix the year, or add 'scheduled: true' if this is intended (check and build refuse it until then)")
return true
