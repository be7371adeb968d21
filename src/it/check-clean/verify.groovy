import java.nio.file.Files

String log = new String(Files.readAllBytes(new File(basedir, 'build.log').toPath()), 'UTF-8')
String warning = "[WARNING] content/2024/2024-01-03-unfinished.md: warning: draft: left out of the site until 'draft: true' is removed"
assert log.count(warning) == 2 : 'each check run lists the draft once'
assert log.contains('[INFO] site-gen: check found 0 errors, 1 warning')
assert log.contains('[ERROR] site-gen: check found 0 errors, 1 warning, and failOnWarnings is set') : 'failOnWarnings fails the second run'
assert log =~ /: site-gen: check found 0 errors, 1 warning \(see above\) -> \[Help 1\]/ : "Maven's closing line, short" 
assert !new File(basedir, 'site-output').exists()
return true
