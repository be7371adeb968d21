import java.nio.file.Files

File site = new File(basedir, 'site-output')
String builtIn = new String(Files.readAllBytes(new File(site, 'assets/style.css').toPath()), 'UTF-8')
assert builtIn.length() > 10000 && builtIn.contains('.site-header {') : 'the whole built-in stylesheet is published'
String settings = new String(Files.readAllBytes(new File(site, 'assets/theme-settings.css').toPath()), 'UTF-8')
assert settings.contains('--accent: #0a5c36;') && settings.contains('--accent: #7fd1a8;')
String custom = new String(Files.readAllBytes(new File(site, 'assets/custom.css').toPath()), 'UTF-8')
assert custom.contains('--link: #1d4ed8;')

// Every page links the theme's stylesheet, then the settings, then custom.css: in that order, nothing else.
int pages = 0
site.eachFileRecurse { file ->
    if (file.name.endsWith('.html')) {
        String html = new String(Files.readAllBytes(file.toPath()), 'UTF-8')
        List<String> sheets = (html =~ /<link rel="stylesheet" href="([^"]*)">/).collect { it[1].replaceFirst(/^(\.\.\/)*/, '') }
        assert sheets == ['assets/style.css', 'assets/theme-settings.css', 'assets/custom.css'] : "${file}: ${sheets}"
        pages++
    }
}
assert pages > 10

String home = new String(Files.readAllBytes(new File(site, 'index.html').toPath()), 'UTF-8')
assert home.contains('>The Examplia Desk</a>') : 'the header text'
assert home.contains('<title>Examplia Colours</title>') : 'the site title stays the title'
assert home.contains('>Topics</a>') && home.contains('>Countries</a>') : 'the taxonomy names in the menu'
assert new String(Files.readAllBytes(new File(site, 'tags/index.html').toPath()), 'UTF-8').contains('<h1>Topics</h1>')

String log = new String(Files.readAllBytes(new File(basedir, 'build.log').toPath()), 'UTF-8')
assert log =~ /\[WARNING\] templates-copied-colours\/assets\/style\.css: warning: replaces the built-in assets\/style\.css \(\d+ bytes\) with 50 bytes, so pages lose every style it does not repeat; to change a few values \(the colours\), put only those in templates\/assets\/custom\.css/
assert log.contains('[INFO] site-gen: check found 0 errors, 2 warnings')
// 3: every wrong setting at once, each as pom.xml: error: (given with -D, so at no line), one closing line.
assert log.contains("[ERROR] pom.xml: error: timeZone 'Mars/Base' is not a time zone (e.g. UTC, Europe/Berlin)")
assert log.contains("[ERROR] pom.xml: error: uiFont '\"Helvetica Neue, Arial' has a quote without its closing quote")
assert log.contains('[ERROR] site-gen: 2 settings are wrong (above)')
return true
