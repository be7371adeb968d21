package org.sitegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The builder's defaults and copies, and what of the settings the output fingerprint holds. */
class SiteConfigTest {
    private static final Path ROOT = Path.of("archive");
    /** Build options that never change what is written: the fingerprint leaves exactly these out. */
    private static final Set<String> NOT_OUTPUT = Set.of("threads", "now", "incremental");

    @Test
    void builder_defaults_folderLayoutBelowTheProject() {
        SiteConfig config = SiteConfig.builder(ROOT).build();
        assertThat(config.contentDir()).isEqualTo(ROOT.resolve("content"));
        assertThat(config.templatesDir()).isEqualTo(ROOT.resolve("templates"));
        assertThat(config.outputDir()).isEqualTo(ROOT.resolve("site-output"));
        assertThat(config.taxonomies()).containsExactly("tags");
        assertThat(config.now()).isEqualTo(Instant.MAX);
        assertThat(config.threads()).isPositive();
        assertThat(SiteConfig.defaults(ROOT)).isEqualTo(config);
    }

    @Test
    void displayPath_isRelativeInsideTheProject_andKeepsItsRootOutside() {
        SiteConfig config = SiteConfig.builder(ROOT).build();
        assertThat(config.displayPath(ROOT.resolve("content/2023/x.md"))).isEqualTo("content/2023/x.md");
        Path outside = ROOT.toAbsolutePath().getRoot().resolve("elsewhere").resolve("site");
        assertThat(config.displayPath(outside)).isEqualTo(
                outside.getRoot().toString().replace('\\', '/') + "elsewhere/site");
    }

    @Test
    void toBuilder_copiesEverySetting() {
        SiteConfig config = everyOneChanged();
        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(config).isNotEqualTo(SiteConfig.defaults(ROOT));
    }

    @Test
    void build_checksAsTheRecordDoes() {
        assertThatThrownBy(() -> SiteConfig.builder(ROOT).headingShift(6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headingShift");
        assertThatThrownBy(() -> SiteConfig.builder(ROOT).taxonomies(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxonomies");
    }

    /**
     * The one check of the settings, which the Maven goals use too: settings given as written
     * (a zone's name, a policy's, the theme's) and the records' own checks, every problem at once,
     * each starting with its setting's name (the goals find its element in pom.xml by it).
     */
    @Test
    void build_namesEveryWrongSettingAtOnce() {
        assertThatThrownBy(() -> SiteConfig.builder(ROOT).timeZone("Mars/Base").rawHtml("allow").language("")
                .pageSize(0).taxonomies(List.of()).headingShift(9).redirectsFile("apache")
                .theme("#0a5c3g", "", "", "", "", "", List.of("tags")).build())
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "timeZone 'Mars/Base' is not a time zone (e.g. UTC, Europe/Berlin)",
                        "rawHtml must be sanitize, escape or trust, not 'allow'",
                        "taxonomyNames: 'tags' is not key=Name (e.g. tags=Topics,countries=Countries)",
                        "accentColor '#0a5c3g' is not a CSS colour (e.g. #0a5c36, teal, rgb(10 92 54))",
                        "language '' is not a language tag (e.g. en, fr)",
                        "pageSize must be at least 1, not 0",
                        "taxonomies must name at least one front matter key, e.g. tags",
                        "headingShift must be 0 to 5, not 9",
                        "redirectsFile must be netlify or empty, not 'apache'"));
        assertThatThrownBy(() -> SiteConfig.builder(ROOT).theme("", "", "", "", "", "", List.of("tags")).build())
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "taxonomyNames: 'tags' is not key=Name (e.g. tags=Topics,countries=Countries)"));
        assertThatThrownBy(() -> SiteConfig.builder(ROOT).theme("", "", "", "", "", "", List.of("topics=Topics"))
                .build()).isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "taxonomyNames names 'topics', which is not one of the taxonomies (tags)"));
    }

    /** Settings given as written land as their typed values. */
    @Test
    void build_readsSettingsAsWritten() {
        SiteConfig config = SiteConfig.builder(ROOT).timeZone("Europe/Berlin").rawHtml(" Escape ")
                .theme("teal", "", "", "", "", "", List.of("tags=Topics")).assets(List.of("svg"), List.of("CNAME"))
                .threads(0).build();
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.rawHtml()).isEqualTo(RawHtml.ESCAPE);
        assertThat(config.theme().taxonomyName("tags")).isEqualTo("Topics");
        assertThat(config.assets()).isEqualTo(AssetPolicy.of(List.of("svg"), List.of("CNAME")));
        assertThat(config.threads()).as("0: one a processor").isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    /** A component added to either record without a fingerprint line (or a place in NOT_OUTPUT) fails here. */
    @Test
    void outputFingerprint_namesEveryComponentButThreadsAndNow() {
        List<String> named = SiteConfig.defaults(ROOT).outputFingerprint().lines()
                .map(line -> line.substring(0, line.indexOf('='))).toList();
        List<String> components = components().filter(name -> !NOT_OUTPUT.contains(name)).toList();
        assertThat(named).containsExactlyElementsOf(components);
    }

    /** Each setting on its own moves the fingerprint, but threads and now do not. */
    @Test
    void outputFingerprint_changesWithEachOutputSettingAlone() {
        SiteConfig base = SiteConfig.builder(ROOT).taxonomies(List.of("tags", "countries")).build();
        String fingerprint = base.outputFingerprint();
        for (Map.Entry<String, UnaryOperator<SiteConfig.Builder>> change : changes().entrySet()) {
            String changed = change.getValue().apply(base.toBuilder()).build().outputFingerprint();
            if (NOT_OUTPUT.contains(change.getKey())) {
                assertThat(changed).as(change.getKey()).isEqualTo(fingerprint);
            } else {
                assertThat(changed).as(change.getKey()).isNotEqualTo(fingerprint);
            }
        }
        SiteConfig otherRoot = SiteConfig.builder(Path.of("other")).contentDir(base.contentDir())
                .templatesDir(base.templatesDir()).outputDir(base.outputDir()).taxonomies(base.taxonomies())
                .threads(base.threads()).build();
        assertThat(otherRoot.outputFingerprint()).as("projectDir").isNotEqualTo(fingerprint);
        assertThat(changes().keySet()).containsExactlyInAnyOrderElementsOf(components()
                .filter(name -> !name.equals("projectDir")).toList());
    }

    /** The site settings' components, then the build options'. */
    private static java.util.stream.Stream<String> components() {
        return java.util.stream.Stream.of(SiteSettings.class, BuildOptions.class)
                .flatMap(type -> Arrays.stream(type.getRecordComponents())).map(RecordComponent::getName);
    }

    private static SiteConfig everyOneChanged() {
        SiteConfig.Builder builder = SiteConfig.builder(ROOT).taxonomies(List.of("tags", "countries"));
        changes().values().forEach(change -> change.apply(builder));
        return builder.build();
    }

    /** One change a component, by the component's name. */
    private static Map<String, UnaryOperator<SiteConfig.Builder>> changes() {
        Map<String, UnaryOperator<SiteConfig.Builder>> changes = new LinkedHashMap<>();
        changes.put("contentDir", b -> b.contentDir(Path.of("elsewhere/content")));
        changes.put("templatesDir", b -> b.templatesDir(Path.of("elsewhere/templates")));
        changes.put("outputDir", b -> b.outputDir(Path.of("elsewhere/site")));
        changes.put("siteTitle", b -> b.siteTitle("Other"));
        changes.put("siteDescription", b -> b.siteDescription("About"));
        changes.put("siteUrl", b -> b.siteUrl("https://example.org"));
        changes.put("language", b -> b.language("de"));
        changes.put("zone", b -> b.zone(ZoneId.of("Europe/Berlin")));
        changes.put("pageSize", b -> b.pageSize(7));
        changes.put("taxonomies", b -> b.taxonomies(List.of("countries", "tags")));
        changes.put("prettyLinks", b -> b.prettyLinks(true));
        changes.put("drafts", b -> b.drafts(true));
        changes.put("threads", b -> b.threads(13));
        changes.put("rawHtml", b -> b.rawHtml(RawHtml.ESCAPE));
        changes.put("future", b -> b.future(true));
        changes.put("now", b -> b.now(Instant.parse("2030-01-01T00:00:00Z")));
        changes.put("assets", b -> b.assets(AssetPolicy.of(List.of("svg"), List.of())));
        changes.put("theme", b -> b.theme(new ThemeSettings("#123456", "", "", "", "", "", Map.of())));
        changes.put("headingShift", b -> b.headingShift(1));
        changes.put("redirectsFile", b -> b.redirectsFile("netlify"));
        changes.put("fastMarkdown", b -> b.fastMarkdown(false));
        changes.put("defaultLanguageAtRoot", b -> b.defaultLanguageAtRoot(false));
        changes.put("incremental", b -> b.incremental(IncrementalMode.preview()));
        return changes;
    }
}
