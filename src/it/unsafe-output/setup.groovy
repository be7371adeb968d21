// Someone's own files in site-output/, without site-gen's marker: site-gen must not replace them.
// (Made here rather than committed: site-output/ is in .gitignore.)
import java.nio.file.Files
import java.nio.file.Path

Path out = basedir.toPath().resolve('site-output')
Files.createDirectories(out.resolve('photos'))
Files.writeString(out.resolve('notes.txt'), 'MY OWN NOTES, NOT A SITE\n')
Files.writeString(out.resolve('photos/holiday.txt'), 'not a photo either\n')
return true
