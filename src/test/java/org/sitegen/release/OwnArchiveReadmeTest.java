package org.sitegen.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.sitegen.content.Slugs;
import org.sitegen.init.ArchiveScaffold;
import org.sitegen.init.ArchiveScaffold.ArchiveFile;
import org.sitegen.init.NewArchive;
import org.w3c.dom.Document;

/**
 * The README's "Your own archive" pom.xml is the one site-gen:init writes in the release check
 * (src/it-release/archive, built from the release repository, with the version being built in
 * place of the README's released one), names this plugin's coordinates, and its version is one
 * that CHANGELOG.md describes. So the README's first steps are the ones `mvn install` takes.
 */
class OwnArchiveReadmeTest {
    private static final Pattern PLUGIN_VERSION = Pattern.compile(
            "<artifactId>site-gen-maven-plugin</artifactId>\\s*<version>([^<]+)</version>");

    private static String readmeArchivePom() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n### Your own archive\n");
        assertThat(section).as("README has a 'Your own archive' section").isNotNegative();
        int start = readme.indexOf("```xml\n", section);
        int next = readme.indexOf("\n#", section + 1);
        assertThat(start).as("the section's first block is its pom.xml").isBetween(section, next);
        start += "```xml\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    private static String version(String pom) {
        Matcher m = PLUGIN_VERSION.matcher(pom);
        assertThat(m.find()).as("the pom names site-gen-maven-plugin with a version").isTrue();
        return m.group(1);
    }

    /**
     * The README's pom.xml is the one site-gen:init writes with the settings the release check
     * gives it (src/it-release/archive/init.properties), at the README's version.
     */
    @Test
    void theReadmesPom_isWhatInitWritesInTheReleaseCheck() throws Exception {
        String readme = readmeArchivePom();
        Properties init = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/it-release/archive/init.properties"),
                StandardCharsets.ISO_8859_1)) {
            init.load(reader);
        }
        assertThat(init.stringPropertyNames()).as("settings init.properties gives").containsExactly("site-gen.siteTitle");
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        ArchiveScaffold.Plugin plugin = new ArchiveScaffold.Plugin(
                XPathFactory.newInstance().newXPath().evaluate("/project/groupId", pom),
                XPathFactory.newInstance().newXPath().evaluate("/project/artifactId", pom), version(readme));

        List<ArchiveFile> files = new ArchiveScaffold(plugin, new Slugs())
                .files(NewArchive.titled(init.getProperty("site-gen.siteTitle")), ZonedDateTime.now(ZoneOffset.UTC));
        assertThat(files.get(0).path()).isEqualTo("pom.xml");
        assertThat(readme).isEqualTo(files.get(0).text());
    }

    @Test
    void theReadmeNamesThisPluginAtAReleasedVersionTheChangelogDescribes() throws Exception {
        String readme = readmeArchivePom();
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String groupId = XPathFactory.newInstance().newXPath().evaluate("/project/groupId", pom);
        String artifactId = XPathFactory.newInstance().newXPath().evaluate("/project/artifactId", pom);
        assertThat(readme).contains("<groupId>" + groupId + "</groupId>\n        <artifactId>" + artifactId + "</artifactId>");
        String version = version(readme);
        assertThat(version).as("users name a release, never a snapshot").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Files.readString(Path.of("CHANGELOG.md"))).containsPattern("(?m)^## " + Pattern.quote(version) + " — ");
    }
}
