package org.sitegen.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.Alias;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.entities.EntityIndex;
import org.sitegen.languages.Languages;
import org.sitegen.stories.Stories;

/**
 * Stage 5, index: per language, the archive by date and term, the entities it mentions, the
 * stories it follows.
 */
final class Index {
    private Index() {
    }

    static Indexed run(SiteConfig config, Scanned scanned, Loaded loaded, Linked linked, Parsed parsed, Slugs slugs,
                       Diagnostics diagnostics) {
        Languages languages = linked.languages();
        List<Indexed.Part> parts = new ArrayList<>();
        List<List<Diagnostic>> entityProblems = new ArrayList<>();
        for (String lang : languages.all()) {
            String prefix = languages.prefix(lang);
            boolean several = languages.multilingual();
            List<Entry> briefings = several ? own(parsed.briefings(), lang, prefix, languages, diagnostics)
                    : parsed.briefings();
            List<Entry> pages = several ? own(parsed.pages(), lang, prefix, languages, diagnostics) : parsed.pages();
            Locale locale = several ? Locale.forLanguageTag(lang) : config.locale();
            Archive archive = Archive.build(briefings, pages, config.taxonomies(), locale, slugs, diagnostics);
            Diagnostics ofEntities = several ? new Diagnostics() : diagnostics;
            EntityIndex entities = EntityIndex.build(linked.entityKinds(), linked.described(), archive.briefings(),
                    slugs, locale, ofEntities);
            entityProblems.add(ofEntities.sorted());
            Stories stories = Stories.build(archive.briefings(), loaded.unpublished(), linked.failed(), diagnostics);
            parts.add(new Indexed.Part(lang, prefix, archive, entities, stories));
        }
        if (languages.multilingual()) {
            reportOnce(entityProblems, scanned.entityFiles().stream().map(f -> f.displayPath())
                    .collect(Collectors.toSet()), diagnostics);
        }
        return new Indexed(List.copyOf(parts), languages, parsed.loadedFrom());
    }

    /** The entries of language {@code lang}, as its part sees them (see {@link #inFolder}). */
    private static List<Entry> own(List<Entry> entries, String lang, String prefix, Languages languages,
                                   Diagnostics diagnostics) {
        return entries.stream().filter(e -> languages.of(e.contentPath()).equalsIgnoreCase(lang))
                .map(e -> inFolder(e, prefix, lang, diagnostics)).toList();
    }

    /**
     * {@code entry} as its language's part sees it: at its URL within the folder {@code prefix},
     * and so its aliases, which must be in that folder (an alias elsewhere is an error at it).
     */
    private static Entry inFolder(Entry entry, String prefix, String lang, Diagnostics diagnostics) {
        if (prefix.isEmpty()) {
            return entry;
        }
        List<Alias> aliases = new ArrayList<>();
        for (Alias alias : entry.aliases()) {
            if (alias.path().startsWith(prefix + "/")) {
                aliases.add(new Alias(alias.path().substring(prefix.length()), alias.at()));
            } else {
                diagnostics.error(alias.at(), "alias " + alias.path() + " of a file in " + lang + " must be in its "
                        + "language's folder " + prefix + "/, where its pages are published (e.g. " + prefix
                        + alias.path() + ")");
            }
        }
        return entry.movedTo(entry.url().substring(prefix.length()), List.copyOf(aliases));
    }

    /**
     * What indexing the entities of each language found, said once: a problem at a briefing is its
     * language's; one at an entities file (which every language reads) holds for the archive only
     * when every language has it ("'X' is not named in any published briefing" of one language
     * alone is not so).
     */
    private static void reportOnce(List<List<Diagnostic>> perLanguage, Set<String> entityFiles,
                                   Diagnostics diagnostics) {
        Set<Diagnostic> said = new HashSet<>();
        for (List<Diagnostic> problems : perLanguage) {
            for (Diagnostic problem : problems) {
                boolean everywhere = perLanguage.stream().allMatch(other -> other.contains(problem));
                if ((everywhere || !entityFiles.contains(problem.at().path())) && said.add(problem)) {
                    diagnostics.add(problem);
                }
            }
        }
    }
}
