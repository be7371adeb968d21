import java.nio.file.Files

String log = new String(Files.readAllBytes(new File(basedir, 'build.log').toPath()), 'UTF-8')
String warning = '[WARNING] content/2024/2024-01-02-cited.md:7:10: warning: source link could not be reached (no connection): http://127.0.0.1:9/gone'
assert log.count(warning) == 1 : 'only the run with -Dsite-gen.checkSources asks the link, and warns once'
assert log.count('[INFO] site-gen: check found 0 errors, 0 warnings') == 1 : 'the first run asks nothing'
assert log.contains('[INFO] site-gen: checking source links (8 at a time, one request per host every 1000 ms, 5 s timeout)')
assert log.contains('[INFO] site-gen: check found 0 errors, 1 warning')
return true
