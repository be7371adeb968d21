package org.sitegen.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The generator an archive was made for, told apart by the files each one needs. */
public enum SourceKind {
    /** A {@code _config.yml} (or .yaml, .toml) and a {@code _posts} folder. */
    JEKYLL,
    /** A {@code hugo.toml}/{@code config.toml} (or .yaml, .yml, .json, or in {@code config/_default/}) and a {@code content} folder. */
    HUGO;

    static final List<String> JEKYLL_CONFIGS = List.of("_config.yml", "_config.yaml", "_config.toml");
    static final List<String> HUGO_CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json", "config/_default/hugo.toml",
            "config/_default/hugo.yaml", "config/_default/hugo.yml", "config/_default/hugo.json",
            "config/_default/config.toml", "config/_default/config.yaml", "config/_default/config.yml",
            "config/_default/config.json");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code text} ("jekyll", "hugo"), or empty. */
    public static Optional<SourceKind> named(String text) {
        for (SourceKind kind : values()) {
            if (kind.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of the archive in {@code folder}, or empty when it looks like neither (or like both). */
    public static Optional<SourceKind> detect(Path folder) {
        boolean jekyll = firstExisting(folder, JEKYLL_CONFIGS).isPresent() && Files.isDirectory(folder.resolve("_posts"));
        boolean hugo = firstExisting(folder, HUGO_CONFIGS).isPresent() && Files.isDirectory(folder.resolve("content"));
        return jekyll == hugo ? Optional.empty() : Optional.of(jekyll ? JEKYLL : HUGO);
    }

    static Optional<Path> firstExisting(Path folder, List<String> names) {
        return names.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }
}
