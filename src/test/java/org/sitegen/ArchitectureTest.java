package org.sitegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Set;
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
     * Render makes HTML pages (and the search index and theme assets they use); the files made
     * for machines (feeds, sitemap, robots.txt, the redirects file) are the emit stage's
     * (pipeline.DiscoveryFiles), so render neither sees the feed and sitemap packages nor starts
     * their writing.
     */
    @Test
    void render_makesPages_notFeedsOrSitemaps() {
        noClasses().that().resideInAPackage("org.sitegen.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitegen.feed..", "org.sitegen.sitemap..")
                .because("feeds, sitemap, robots.txt and the redirects file are written by pipeline.Emit")
                .check(engine);
    }

    /**
     * What is made of a page besides its HTML (feed links, JSON-LD, the sitemap's entries) comes
     * from its PageSubject: these classes read no page model or view but the one they make (FeedLink).
     */
    @Test
    void pageMetadataAndDiscoveryFiles_doNotReadTemplateViews() {
        noClasses().that().haveFullyQualifiedName("org.sitegen.render.PageMetadata")
                .or().haveFullyQualifiedName("org.sitegen.pipeline.DiscoveryFiles")
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

    /** Where each stage of a build starts: the calls that, made in order, are a build. */
    private static final Set<String> STAGE_ENTRIES = Set.of(
            "org.sitegen.content.ContentScanner.scan",
            "org.sitegen.archive.Permalinks.plan",
            "org.sitegen.markdown.MarkdownRenderer.render",
            "org.sitegen.archive.Archive.build",
            "org.sitegen.entities.EntityIndex.build",
            "org.sitegen.stories.Stories.build",
            "org.sitegen.render.SiteRenderer.plan",
            "org.sitegen.render.SiteRenderer.render",
            "org.sitegen.pipeline.Pipeline.build",
            "org.sitegen.pipeline.Pipeline.check");

    /**
     * The order of a build is written once, in pipeline/ (the front door only picks how much is
     * kept between builds): nothing else starts a stage, so a newcomer reads the order in one
     * file, and a second orchestrator cannot grow back elsewhere.
     */
    @Test
    void onlyThePipeline_startsTheStages() {
        noClasses().that().resideOutsideOfPackage("org.sitegen.pipeline")
                .and().doNotHaveFullyQualifiedName(SiteGenerator.class.getName())
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a stage's entry point "
                        + STAGE_ENTRIES) {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        // a class's own calls (an overload of the same name) are its own business
                        return STAGE_ENTRIES.contains(call.getTargetOwner().getName() + "." + call.getName())
                                && !call.getOriginOwner().equals(call.getTargetOwner());
                    }
                })
                .because("only org.sitegen.pipeline (and SiteGenerator, which starts it) knows the stages' order")
                .check(engine);
    }

    /** The front door calls the pipeline and nothing of the stages themselves. */
    @Test
    void theFrontDoor_isWiringOnly() {
        noClasses().that().haveFullyQualifiedName(SiteGenerator.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.sitegen.content..", "org.sitegen.markdown..",
                        "org.sitegen.archive..", "org.sitegen.entities..", "org.sitegen.stories..",
                        "org.sitegen.render..", "org.sitegen.output..", "org.sitegen.exec..")
                .check(engine);
    }

    /**
     * The speed-only Markdown code is markdown's alone, and knows nothing of it: switched off
     * (fastMarkdown) or deleted, the rest of the engine does not notice.
     */
    @Test
    void fastMarkdown_isUsedOnlyByMarkdown_andDependsOnNoneOfIt() {
        noClasses().that().resideOutsideOfPackages("org.sitegen.markdown..")
                .should().dependOnClassesThat().resideInAPackage("org.sitegen.markdown.fast..")
                .because("markdown.fast is markdown's speed-only code").check(engine);
        noClasses().that().resideInAPackage("org.sitegen.markdown.fast..")
                .should().dependOnClassesThat().resideInAPackage("org.sitegen.markdown")
                .because("markdown.fast can be switched off or deleted without markdown noticing").check(engine);
    }

    /**
     * Working space reused from item to item has one owner, the build scope's threads
     * (exec.Scratch: render's page buffers, markdown's, search's, related's), and state of one
     * piece of work is handed down with it (render.ReadingContext: the page kind a render's
     * template reads count for; a body's embeds, in its RenderedBody), instead of hidden
     * per-thread state that outlives a build. No exception.
     */
    @Test
    void scratchSpace_isOwnedByTheBuildScope_notByThreadLocals() {
        noClasses().that().resideOutsideOfPackage("org.sitegen.exec")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("scratch space belongs to the build scope's threads (exec.Scratch), the state of one "
                        + "piece of work is handed down with it").check(engine);
    }

    /**
     * Work on threads of its own starts through the build scope (Parallel.background), which
     * waits for it on close, failures included.
     */
    @Test
    void backgroundWork_startsThroughTheBuildScope() {
        noClasses().that().resideOutsideOfPackage("org.sitegen.exec")
                .should().callMethod(org.sitegen.exec.Background.class, "start", String.class,
                        org.sitegen.exec.Background.Work.class)
                .because("the build scope (exec.Parallel) must wait for every background task").check(engine);
    }
}
