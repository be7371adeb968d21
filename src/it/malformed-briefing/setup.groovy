// A previous build's site: site-gen made it (marker file), so a good build may replace it,
// but a failed build must leave it exactly as it was.
import java.nio.file.Files
import java.nio.file.Path

Path out = basedir.toPath().resolve('site-output')
Files.createDirectories(out)
Files.writeString(out.resolve('.site-gen-output'), 'Built by site-gen; this folder is replaced by every build.\n')
Files.writeString(out.resolve('index.html'), '<!DOCTYPE html>\n<title>PREVIOUS SITE</title>\n<p>PREVIOUS SITE</p>\n')
return true
