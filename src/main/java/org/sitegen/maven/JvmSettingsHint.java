package org.sitegen.maven;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-line hint {@code build} gives when a large archive is built with the JVM's defaults,
 * which are tuned for long-running servers: a cold build of a few thousand briefings takes about
 * twice as long with them as with the batch settings of the README ("Large archives"), which
 * {@code site-gen:init} writes into .mvn/jvm.config (docs/performance.md, "Settings for large
 * archives"). The quick JIT ({@code -XX:TieredStopAtLevel})
 * is the setting that matters most, so its absence from the JVM's arguments is the sign that the
 * archive has none of them.
 */
final class JvmSettingsHint {
    /** From this many briefings on, the settings save seconds on a cold build. */
    static final int LARGE_ARCHIVE = 2_000;
    static final String QUICK_JIT = "-XX:TieredStopAtLevel";

    private JvmSettingsHint() {
    }

    /**
     * The hint, when {@code briefings} were built by a JVM started with {@code jvmArguments}
     * (as {@code RuntimeMXBean.getInputArguments()} lists them: .mvn/jvm.config and MAVEN_OPTS).
     */
    static Optional<String> of(int briefings, List<String> jvmArguments) {
        if (briefings < LARGE_ARCHIVE || jvmArguments.stream().anyMatch(a -> a.startsWith(QUICK_JIT))) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "site-gen: %,d briefings built with the JVM's default "
                + "settings; the batch settings in .mvn/jvm.config build an archive this size in about half the time "
                + "(README, \"Large archives\")", briefings));
    }
}
