package org.sitegen.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitegen.content.ContentScanner;
import org.sitegen.content.SourceFile;
import org.sitegen.content.Term;
import org.sitegen.content.YamlDataFile;
import org.sitegen.content.YamlNode;
import org.sitegen.content.YamlNode.Mapping;
import org.sitegen.content.YamlNode.Scalar;
import org.sitegen.content.YamlNode.ScalarKind;
import org.sitegen.content.YamlNode.Sequence;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.url.UrlSchemes;

/**
 * Reads the entity data files, content/entities/KIND.yaml: each a YAML list of
 * {@code {name, aliases, description, wikidata, image, credit}} (and an optional {@code slug}).
 * Every problem is reported at its line; an entry with one is left out.
 */
public final class EntityFiles {
    private static final Set<String> KEYS = Set.of("name", "slug", "aliases", "description", "wikidata", "image",
            "credit");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    private EntityFiles() {
    }

    /**
     * @param files  the content files of kind {@link SourceFile.Kind#ENTITIES}
     * @param kinds  the entity kinds in effect (a file is named after one)
     * @param assets the published content files (paths below content/), which an image may name
     */
    public static List<EntityRecord> read(List<SourceFile> files, List<EntityKind> kinds, Set<String> assets,
                                          Diagnostics diagnostics) {
        List<EntityRecord> records = new ArrayList<>();
        YamlDataFile reader = new YamlDataFile();
        for (SourceFile file : files) {
            String relative = file.relativePath().substring(ContentScanner.ENTITIES_FOLDER.length());
            String kind = relative.replaceFirst("\\.(?i:ya?ml)$", "");
            if (kinds.stream().noneMatch(k -> k.key().equals(kind))) {
                diagnostics.error(SourcePosition.of(file.displayPath()), "an entity file is named after its kind: "
                        + String.join(".yaml, ", kinds.stream().map(EntityKind::key).toList())
                        + ".yaml; rename this one or move it out of entities/");
                continue;
            }
            reader.read(file, diagnostics).ifPresent(root -> records.addAll(
                    new Reader(file, kind, assets, diagnostics).entities(root)));
        }
        return records;
    }

    /** One file's reading. */
    private record Reader(SourceFile file, String kind, Set<String> assets, Diagnostics diagnostics) {

        List<EntityRecord> entities(YamlNode root) {
            List<EntityRecord> found = new ArrayList<>();
            if (root instanceof Mapping mapping && mapping.entries().isEmpty()) {
                return found; // an empty file
            }
            if (!(root instanceof Sequence list)) {
                diagnostics.error(at(root), "an entity file is a list of entities, each starting with '- name: '");
                return found;
            }
            for (YamlNode item : list.items()) {
                EntityRecord record = entity(item);
                if (record != null) {
                    found.add(record);
                }
            }
            return found;
        }

        private EntityRecord entity(YamlNode item) {
            if (!(item instanceof Mapping mapping)) {
                if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL && !scalar.text().isBlank()) {
                    return new EntityRecord(kind, scalar.text().strip(), null, List.of(), "", "", "", "", at(item));
                }
                diagnostics.error(at(item), "each entity needs a 'name', e.g. - name: Wang Yi");
                return null;
            }
            boolean ok = true;
            for (YamlNode.Entry entry : mapping.entries().values()) {
                if (!KEYS.contains(entry.key())) {
                    diagnostics.warning(SourcePosition.of(file.displayPath(), entry.line(), entry.column()),
                            "unknown key '" + entry.key() + "' in an entity (it has name, aliases, description, "
                                    + "wikidata, image, credit and slug); ignored");
                }
            }
            YamlNode.Entry nameEntry = mapping.entries().get("name");
            String name = nameEntry == null ? null : text(nameEntry);
            if (name == null || name.isEmpty()) {
                diagnostics.error(nameEntry == null ? at(item) : at(nameEntry.value()),
                        "each entity needs a 'name', e.g. - name: Wang Yi");
                return null;
            }
            List<Term> aliases = new ArrayList<>();
            YamlNode.Entry aliasEntry = mapping.entries().get("aliases");
            if (aliasEntry != null) {
                List<YamlNode> items = aliasEntry.value() instanceof Sequence s ? s.items() : List.of(aliasEntry.value());
                for (YamlNode alias : items) {
                    if (alias instanceof Scalar scalar) {
                        if (scalar.kind() != ScalarKind.NULL && !scalar.text().isBlank()) {
                            aliases.add(new Term(scalar.text().strip(), at(alias)));
                        }
                    } else {
                        diagnostics.error(at(alias), "each of 'aliases' must be a single name");
                        ok = false;
                    }
                }
            }
            String wikidata = optional(mapping, "wikidata");
            if (wikidata == null) {
                ok = false;
            } else if (!wikidata.isEmpty() && !WIKIDATA.matcher(wikidata).matches()) {
                diagnostics.error(at(mapping.entries().get("wikidata").value()),
                        "'wikidata' must be a Wikidata item id such as Q42, not \"" + wikidata + "\"");
                ok = false;
            }
            String image = optional(mapping, "image");
            if (image == null) {
                ok = false;
            } else if (!image.isEmpty()) {
                image = image(image, at(mapping.entries().get("image").value()));
                ok &= image != null;
            }
            String slug = optional(mapping, "slug");
            String description = optional(mapping, "description");
            String credit = optional(mapping, "credit");
            if (!ok || slug == null || description == null || credit == null) {
                return null;
            }
            return new EntityRecord(kind, name, slug.isEmpty() ? null : slug, List.copyOf(aliases), description,
                    wikidata, image, credit, at(nameEntry.value()));
        }

        /**
         * An http(s) URL as written, or a file next to the data file (like an image in a body:
         * relative to it, published with the content), as its site path.
         */
        private String image(String written, SourcePosition at) {
            if (UrlSchemes.isWeb(written)) {
                return written;
            }
            String scheme = UrlSchemes.schemeOf(written);
            if (scheme != null) {
                diagnostics.error(at, "'image' must be an http(s) URL or a file under content/, not " + scheme
                        + ": (" + written + ")");
                return null;
            }
            String path = SourceFile.normalise(written.startsWith("/") ? written.substring(1) : file.folder() + written);
            if (path == null || !assets.contains(path)) {
                diagnostics.error(at, "image not found: " + written);
                return null;
            }
            return "/" + path;
        }

        /** "" when absent or empty, null (reported) when not a single value. */
        private String optional(Mapping mapping, String key) {
            YamlNode.Entry entry = mapping.entries().get(key);
            return entry == null ? "" : text(entry);
        }

        private String text(YamlNode.Entry entry) {
            if (entry.value() instanceof Scalar scalar) {
                return scalar.kind() == ScalarKind.NULL ? "" : scalar.text().strip();
            }
            diagnostics.error(at(entry.value()), "'" + entry.key() + "' must be a single value");
            return null;
        }

        private SourcePosition at(YamlNode node) {
            return SourcePosition.of(file.displayPath(), node.line(), node.column());
        }
    }

}
