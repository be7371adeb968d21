package org.sitegen.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.sitegen.SiteGenerator;
import org.sitegen.diag.Diagnostic;

/**
 * Checks the archive the way a build would, for pull requests: front matter, dates, drafts,
 * duplicate URLs, links between briefings and to files, templates on every page, tag
 * spellings that collapse into one. Writes nothing to {@code outputDirectory}. Prints one
 * {@code path:line:col: error|warning: message} line per problem and a last line with the
 * counts ({@code site-gen: check found 3 errors, 1 warning}); fails on any error, and on
 * warnings with {@code -Dsite-gen.failOnWarnings}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Diagnostic> problems;
        try {
            problems = new SiteGenerator().check(config());
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen: check could not read the archive: " + e.getMessage(), e);
        }
        problems.forEach(this::log);
        boolean errors = problems.stream().anyMatch(Diagnostic::isError);
        if (errors) {
            throw failure("check found", problems, "");
        }
        if (failOnWarnings && !problems.isEmpty()) {
            throw failure("check found", problems, ", and failOnWarnings is set");
        }
        getLog().info("site-gen: check found " + Diagnostic.count(problems));
    }
}
