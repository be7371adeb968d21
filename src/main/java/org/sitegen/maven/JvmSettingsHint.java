package org.sitegen.maven;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-line hint {@code build} gives when a large archive is built with the JVM's defaults,
 * which are tuned for long-running servers. Measured (docs/performance.md, cold builds): 3,000
 * briefings take 6.7 s and 769 MiB with the defaults, 3.4 s and 469 MiB with the batch settings of
 * the README ("Large archives"), which {@code site-gen:init} writes into .mvn/jvm.config; 10,000
 * take 13.6 s and 1,830 MiB against 6.6 s and 791 MiB; 2,001 (a build of an archive started by
 * init, on a busy 2-core machine) 13.9 s against 6.8 s, in about the same memory. The quick JIT ({@code -XX:TieredStopAtLevel})
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
