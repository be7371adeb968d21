package org.sitegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of the engine, held by rules instead of comments: packages import each other in
 * one direction only, and each third-party library is used by the one package that owns it
 * (so replacing or upgrading a library touches one package, and its types never leak into the
 * others' signatures).
 */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        // org.sitegen.site_gen_maven_plugin is the help goal maven-plugin-plugin generates
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/sitegen/site_gen_maven_plugin/"))
                .importPackages("org.sitegen");
    }

    /**
     * Every package of the engine, the root ({@code org.sitegen}: the front door) one of them; a
     * package's subpackages ({@code render.view}) count as part of it.
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (name.equals("org.sitegen")) {
                return SliceIdentifier.of("(root)");
            }
            if (!name.startsWith("org.sitegen.")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring("org.sitegen.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the packages of org.sitegen";
        }
    };

    @Test
    void packages_importEachOtherInOneDirectionOnly() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(engine);
    }

    /**
     * Feeds, the sitemap, SEO metadata and the search index are made from the archive and the
     * settings: they cannot see the template contract (org.sitegen.render and its views), so no
     * change to what templates get can change them.
     */
    @Test
    void feedsSitemapSeoAndSearch_doNotSeeTheTemplateContract() {
        noClasses().that().resideInAnyPackage("org.sitegen.feed..", "org.sitegen.sitemap..", "org.sitegen.seo..",
                        "org.sitegen.search..")
                .should().dependOnClassesThat().resideInAPackage("org.sitegen.render..")
                .because("they are made from the archive and the settings, not from template views")
                .check(engine);
    }

    /**
     * In render, what is made of a page besides its HTML (feed links, JSON-LD, the sitemap's
     * entries) comes from its PageSubject: these classes read no page model or view but the one
     * they make (FeedLink).
     */
    @Test
    void pageMetadataAndDiscoveryFiles_doNotReadTemplateViews() {
        noClasses().that().haveFullyQualifiedName("org.sitegen.render.PageMetadata")
                .or().haveFullyQualifiedName("org.sitegen.render.DiscoveryFiles")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "template views other than FeedLink", (JavaClass type) ->
                                type.getPackageName().equals("org.sitegen.render.view")
                                        && !type.getName().equals("org.sitegen.render.view.FeedLink")))
                .check(engine);
    }

    /**
     * The template contract (org.sitegen.render.view) is plain data: strings, numbers, lists, maps,
     * its own records and {@code Markup}. No type of another package (a storage type such as
     * StoredText, an archive record) is part of it, so what templates see never changes with them.
     */
    @Test
    void theTemplateContract_dependsOnNoOtherPackageOfTheEngine() {
        noClasses().that().resideInAPackage("org.sitegen.render.view..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "classes of the engine outside the contract", (JavaClass type) ->
                                type.getPackageName().startsWith("org.sitegen.")
                                        && !type.getPackageName().startsWith("org.sitegen.render.view")))
                .check(engine);
    }

    /** A library, and the packages that may use it. */
    record Owner(String library, String libraryPackage, List<String> packages, String why) {
        @Override
        public String toString() {
            return library + " → " + String.join(", ", packages);
        }
    }

    static List<Owner> owners() {
        return List.of(
                new Owner("Flexmark", "com.vladsch.flexmark..", List.of("markdown"), "Markdown to HTML"),
                new Owner("Freemarker", "freemarker..", List.of("render"), "the theme's templates"),
                new Owner("jsoup", "org.jsoup..", List.of("markdown"), "raw HTML in bodies is sanitized"),
                // slugs are transliterated (content); messages follow CLDR's plural rules, numbers
                // and writing direction (i18n): two uses of the library, neither needing the other.
                new Owner("ICU", "com.ibm.icu..", List.of("content", "i18n"), "slugs and messages"),
                new Owner("Rome", "com.rometools..", List.of("feed"), "Atom feeds"),
                new Owner("Maven API", "org.apache.maven..", List.of("maven"), "the goals"),
                // YAML front matter and data files (content); JSON written by the site (json); the
                // importer reads other generators' TOML/YAML/JSON front matter and config as trees,
                // a different job from content's position-keeping YAML reader.
                new Owner("Jackson", "com.fasterxml.jackson..", List.of("content", "json", "importer"),
                        "YAML, JSON and TOML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("owners")
    void eachLibrary_usedOnlyByItsOwningPackages(Owner owner) {
        String[] allowed = owner.packages().stream().map(p -> "org.sitegen." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("org.sitegen..").and().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAPackage(owner.libraryPackage())
                .because(owner.library() + " belongs to " + String.join(", ", owner.packages())
                        + " (" + owner.why() + ")")
                .check(engine);
    }
}
