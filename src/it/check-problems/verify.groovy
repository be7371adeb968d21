import java.nio.file.Files

String log = new String(Files.readAllBytes(new File(basedir, 'build.log').toPath()), 'UTF-8')
List<String> problems = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] (content|templates)\// }
        .collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
List<String> expected = [
    "content/2023/2023-01-02-good.md: error: URL /2023/01/02/good/ is also produced by content/2023/copy/2023-01-02-good.md; set a different 'slug'",
    "content/2023/2023-01-03-links.md:3:8: warning: 'united-states' in 'tags' is merged with 'United States' (both are /tags/united-states/)",
    "content/2023/2023-01-03-links.md:5:3: error: link target not found: 2022-12-01-gone.md",
    "content/2023/2023-01-03-links.md:7:1: error: link target not found: no-such-map.png",
    "content/2023/2023-01-03-links.md:9:5: error: link to a draft or scheduled briefing, which this build does not publish: 2023-01-05-wip.md",
    "content/2023/2023-01-04-draft-value.md:3:8: error: 'draft' must be true or false, not \"perhaps\"",
    "content/2023/2023-01-05-wip.md: warning: draft: left out of the site until 'draft: true' is removed",
    "content/2023/bad-date.md:3:7: error: 'date' is not a date: \"2023-02-30\"; February 2023 has 28 days",
    "content/2023/copy/2023-01-02-good.md: error: URL /2023/01/02/good/ is also produced by content/2023/2023-01-02-good.md; set a different 'slug'",
    "templates/day.ftlh:4:6: error: The following has evaluated to null or missing: period.nosuch (rendering /2023/01/03/ and 1 other page)",
]
assert problems == expected : "check printed:\n" + problems.join('\n')
// the goal ends with one line from site-gen, the last before Maven's BUILD FAILURE banner
List<String> lines = log.readLines()
int banner = lines.findIndexOf { it.contains('BUILD FAILURE') }
assert lines[banner - 2].endsWith('[ERROR] site-gen: check found 8 errors, 2 warnings') : lines[banner - 2]
assert log =~ /on project check-problems: site-gen: check found 8 errors, 2 warnings \(see above\) -> \[Help 1\]/
assert !new File(basedir, 'site-output').exists() : 'check must not write the output folder'
return true
