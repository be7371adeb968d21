// Before the archive is started and built: is target/release-repo what a public Maven repository needs, and
// is the local repository of the build about to run empty (a machine that never saw site-gen)?
// Variables: releaseRepository, pluginGroupId, pluginArtifactId, pluginVersion, signed (pom.xml).
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.util.zip.ZipFile
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory

Path repo = Path.of(releaseRepository)
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message }
def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
def hex = { String algorithm, Path p ->
    MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(p)).encodeHex().toString()
}
boolean signing = signed == 'true'
// XPath over a file parsed without namespaces, so /project/name matches a POM's elements
// (the invoker's Groovy has no groovy-xml).
def xml = { Path p -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile()) }
def text = { doc, String path -> XPathFactory.newInstance().newXPath().evaluate(path, doc).trim() }
def count = { doc, String path -> XPathFactory.newInstance().newXPath().evaluate("count(${path})", doc, XPathConstants.NUMBER) as int }

// A file of the repository with its .md5 and .sha1 (right for its bytes) and, when signing, its .asc.
def present = { Path file, boolean needsSignature ->
    String where = repo.relativize(file).toString()
    if (!Files.isRegularFile(file)) {
        problems << "missing ${where}"
        return false
    }
    [MD5: 'md5', 'SHA-1': 'sha1'].each { algorithm, extension ->
        Path sum = file.resolveSibling(file.fileName.toString() + '.' + extension)
        if (Files.isRegularFile(sum)) {
            check(read(sum).trim().toLowerCase().startsWith(hex(algorithm, file)), "${where}.${extension} does not match the file")
        } else {
            problems << "missing ${where}.${extension}"
        }
    }
    Path signature = file.resolveSibling(file.fileName.toString() + '.asc')
    if (needsSignature && !Files.isRegularFile(signature)) {
        problems << "missing ${where}.asc"
    } else if (needsSignature) {
        // The key that signed is in the builder's keyring (GNUPGHOME), so gpg can check it here.
        Process gpg = new ProcessBuilder('gpg', '--batch', '--verify', signature.toString(), file.toString())
                .redirectErrorStream(true).start()
        String said = gpg.inputStream.getText('UTF-8')
        check(gpg.waitFor() == 0, "${where}.asc is not a good signature of it: ${said.readLines().join(' | ')}")
    }
    return true
}

// The local repository of the release build: nothing in it yet.
Path local = localRepositoryPath.toPath()
check(!Files.exists(local) || Files.list(local).withCloseable { it.count() } == 0,
        "the local repository ${local} is not empty before the build")

// Group metadata: how `mvn site-gen:…` finds the plugin from its prefix through pluginGroups.
// Maven before 3.9 does not deploy it with maven-deploy-plugin 3 (MNG-7055), which is why a
// release is deployed with Maven 3.9 or later (docs/releasing.md; the central profile enforces it).
Path groupDir = repo.resolve(pluginGroupId.replace('.', '/'))
def (major, minor) = mavenVersion.tokenize('.').take(2).collect { it.replaceAll(/\D.*/, '') as int }
boolean groupMetadataDeployed = major > 3 || major == 3 && minor >= 9
if (!groupMetadataDeployed) {
    println "release-it: note: Maven ${mavenVersion} does not deploy ${pluginGroupId}/maven-metadata.xml (MNG-7055); not checked"
} else if (present(groupDir.resolve('maven-metadata.xml'), false)) {
    def group = xml(groupDir.resolve('maven-metadata.xml'))
    check(text(group, "/metadata/plugins/plugin[prefix='site-gen']/artifactId") == pluginArtifactId,
            "${pluginGroupId} metadata does not map the prefix site-gen to ${pluginArtifactId}")
}

// Artifact metadata: the versions a resolver may choose from.
Path artifactDir = groupDir.resolve(pluginArtifactId)
if (present(artifactDir.resolve('maven-metadata.xml'), false)) {
    def metadata = xml(artifactDir.resolve('maven-metadata.xml'))
    check(count(metadata, "/metadata/versioning/versions/version[.='${pluginVersion}']") == 1,
            "artifact metadata does not list ${pluginVersion}")
}

// The four files of the version; a snapshot's are named by the timestamp its metadata gives.
Path versionDir = artifactDir.resolve(pluginVersion)
def snapshot = pluginVersion.endsWith('-SNAPSHOT') && present(versionDir.resolve('maven-metadata.xml'), false)
        ? xml(versionDir.resolve('maven-metadata.xml')) : null
Map<String, String> fileNames = [:] // 'classifier:extension' -> file name
['pom', 'jar', 'sources:jar', 'javadoc:jar'].each { key ->
    def (classifier, extension) = key.contains(':') ? key.split(':') as List : ['', key]
    String fileVersion = snapshot == null ? pluginVersion : text(snapshot,
            "/metadata/versioning/snapshotVersions/snapshotVersion[extension='${extension}' and string(classifier)='${classifier}']/value")
    fileNames[key] = "${pluginArtifactId}-${fileVersion ?: pluginVersion}${classifier ? '-' + classifier : ''}.${extension}"
}
Map<String, Path> files = fileNames.collectEntries { key, name -> [key, versionDir.resolve(name)] }
Map<String, Boolean> found = files.collectEntries { key, file -> [key, present(file, signing)] }

// The POM: every element Maven Central validates, and no runtime dependency (the jar is shaded).
if (found.pom) {
    def pom = xml(files.pom)
    ['name', 'description', 'url', 'licenses/license/name', 'licenses/license/url', 'developers/developer/name',
     'scm/connection', 'scm/url'].each { check(text(pom, "/project/${it}"), "POM has no <${it}>") }
    check(text(pom, '/project/packaging') == 'maven-plugin', 'POM packaging is not maven-plugin')
    check(text(pom, '/project/version') == pluginVersion, "POM version is ${text(pom, '/project/version')}, not ${pluginVersion}")
    int runtime = count(pom, "/project/dependencies/dependency[not(scope='provided' or scope='test')]")
    check(runtime == 0, "POM lists ${runtime} runtime dependencies (the plugin jar is shaded: it should list none)")
}

// The jars hold what their names say.
def entries = { Path jar -> new ZipFile(jar.toFile()).withCloseable { zip -> zip.entries().collect { it.name } as Set } }
if (found.jar) {
    new ZipFile(files.jar.toFile()).withCloseable { zip ->
        def descriptor = zip.getEntry('META-INF/maven/plugin.xml')
        check(descriptor != null && zip.getInputStream(descriptor).getText('UTF-8').contains('<goalPrefix>site-gen</goalPrefix>'),
                'plugin jar has no descriptor with goalPrefix site-gen')
        check(zip.getEntry('org/sitegen/theme/layout.ftlh') != null, 'plugin jar has no built-in theme')
    }
}
if (found['sources:jar']) {
    check(entries(files['sources:jar']).contains('org/sitegen/maven/BuildMojo.java'), 'sources jar has no BuildMojo.java')
}
if (found['javadoc:jar']) {
    Set<String> names = entries(files['javadoc:jar'])
    check(names.contains('index.html') && names.contains('org/sitegen/maven/BuildMojo.html'), 'javadoc jar has no index.html or BuildMojo.html')
}

if (problems) {
    throw new AssertionError("release repository ${repo}: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
println "release-it: ${files.size()} artifacts with checksums${signing ? ' and signatures' : ''} and their metadata in ${repo}"
return true
