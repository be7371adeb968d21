package org.sitegen.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI recipes in docs/ci/ that archive repositories copy (site-gen:init writes the GitHub ones):
 * valid YAML (no duplicate keys), the pieces each host needs to check pull requests and to build
 * and publish on main and daily, and no `mvn` command that the release check
 * (src/it-release/archive: started by init and built in `mvn install` from the release repository
 * only) does not run itself.
 */
class CiRecipesTest {
    private static final Path RECIPES = Path.of("docs/ci");
    private static final Path RELEASE_FIXTURE = Path.of("src/it-release/archive/invoker.properties");
    /** Flags that change Maven's output, not what it does; the invoker runs in batch mode anyway. */
    private static final Set<String> OUTPUT_FLAGS = Set.of("-B", "--batch-mode", "-ntp", "--no-transfer-progress");

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static Map<String, JsonNode> recipes() throws IOException {
        Map<String, JsonNode> recipes = new TreeMap<>();
        try (Stream<Path> files = Files.list(RECIPES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                recipes.put(file.getFileName().toString(), YAML.readTree(file.toFile()));
            }
        }
        return recipes;
    }

    /** Every shell line of a recipe: GitHub steps' `run`, GitLab jobs' before_script/script/after_script. */
    private static List<String> shellLines(JsonNode recipe) {
        List<String> lines = new ArrayList<>();
        recipe.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) {
                lines.addAll(Arrays.asList(step.get("run").asText().split("\n")));
            }
        }));
        recipe.forEach(job -> List.of("before_script", "script", "after_script").forEach(key ->
                job.path(key).forEach(line -> lines.addAll(Arrays.asList(line.asText().split("\n"))))));
        return lines.stream().map(String::strip).toList();
    }

    private static String normalised(String command) {
        return Arrays.stream(command.strip().split("\\s+")).filter(word -> !OUTPUT_FLAGS.contains(word))
                .collect(Collectors.joining(" "));
    }

    private static Set<String> mavenCommands(JsonNode recipe) {
        return shellLines(recipe).stream().filter(line -> line.equals("mvn") || line.startsWith("mvn "))
                .map(CiRecipesTest::normalised).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The commands the release check runs: invoker.goals(.N) in its invoker.properties, as `mvn …`, in order. */
    private static List<String> releaseCheckGoals() throws IOException {
        Properties invoker = new Properties();
        try (Reader reader = Files.newBufferedReader(RELEASE_FIXTURE)) {
            invoker.load(reader);
        }
        return invoker.stringPropertyNames().stream().filter(key -> key.matches("invoker\\.goals(\\.\\d+)?"))
                .sorted().map(key -> normalised("mvn " + invoker.getProperty(key))).toList();
    }

    /** What the release check runs once site-gen:init has started the archive: what CI runs. */
    private static Set<String> releaseCheckCommands() throws IOException {
        return releaseCheckGoals().stream().filter(command -> !command.endsWith(":init"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theReleaseCheckStartsItsArchiveWithInitByThePluginsCoordinates() throws IOException {
        assertThat(releaseCheckGoals()).first()
                .isEqualTo("mvn ${project.groupId}:${project.artifactId}:${project.version}:init");
    }

    @Test
    void theRecipesAreTheOnesTheReadmeAndThisTestKnow() throws IOException {
        assertThat(recipes()).containsOnlyKeys("github-actions-check.yml", "github-pages.yml", "gitlab-ci.yml");
    }

    @Test
    void recipesRunOnlyCommandsTheReleaseCheckRuns_andTheReleaseCheckRunsNothingTheyDoNot() throws IOException {
        Set<String> tested = releaseCheckCommands();
        assertThat(tested).containsExactly("mvn site-gen:build", "mvn site-gen:check");
        Set<String> used = new TreeSet<>();
        recipes().forEach((name, recipe) -> {
            Set<String> commands = mavenCommands(recipe);
            assertThat(commands).as(name + " runs mvn").isNotEmpty();
            assertThat(tested).as(name + ": its mvn commands are run by src/it-release/archive").containsAll(commands);
            used.addAll(commands);
        });
        assertThat(used).as("each command of the release check is in some recipe").isEqualTo(tested);
    }

    @Test
    void githubPullRequestsAreChecked() throws IOException {
        JsonNode check = recipes().get("github-actions-check.yml");
        assertThat(check.path("on").has("pull_request")).isTrue();
        assertThat(mavenCommands(check)).containsExactly("mvn site-gen:check");
        assertThat(check.toString()).contains("::add-matcher::");
    }

    @Test
    void githubPagesBuildsOnMainAndDaily_uploadsTheSite_andDeploysWithThePermissionsItNeeds() throws IOException {
        JsonNode pages = recipes().get("github-pages.yml");
        JsonNode on = pages.path("on");
        assertThat(on.path("push").path("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(on.path("schedule").get(0).path("cron").asText()).matches("\\d+ \\d+ \\* \\* \\*");
        assertThat(on.has("pull_request")).as("pull requests are checked, never published").isFalse();
        assertThat(pages.path("permissions").path("pages").asText()).isEqualTo("write");
        assertThat(pages.path("permissions").path("id-token").asText()).isEqualTo("write");
        assertThat(pages.path("permissions").path("contents").asText()).isEqualTo("read");

        JsonNode build = pages.path("jobs").path("build");
        List<String> uses = new ArrayList<>();
        build.path("steps").forEach(step -> uses.add(step.path("uses").asText()));
        assertThat(uses).anyMatch(u -> u.startsWith("actions/checkout@"))
                .anyMatch(u -> u.startsWith("actions/setup-java@"))
                .anyMatch(u -> u.startsWith("actions/configure-pages@"));
        JsonNode upload = stepUsing(build, "actions/upload-pages-artifact@");
        assertThat(upload.path("with").path("path").asText()).isEqualTo("site-output");
        int buildIndex = indexOf(build, "mvn -B -ntp site-gen:build");
        assertThat(buildIndex).as("the site is built before it is uploaded").isBetween(0, indexOf(build, upload) - 1);

        JsonNode deploy = pages.path("jobs").path("deploy");
        assertThat(deploy.path("needs").asText()).isEqualTo("build");
        assertThat(deploy.path("environment").path("name").asText()).isEqualTo("github-pages");
        assertThat(stepUsing(deploy, "actions/deploy-pages@").path("id").asText()).isEqualTo("deployment");
        assertThat(deploy.path("environment").path("url").asText()).isEqualTo("${{ steps.deployment.outputs.page_url }}");
    }

    @Test
    void gitlabChecksMergeRequests_andPublishesTheDefaultBranchFromPublic() throws IOException {
        JsonNode gitlab = recipes().get("gitlab-ci.yml");
        JsonNode check = gitlab.path("check");
        assertThat(check.path("rules").toString()).contains("merge_request_event");
        assertThat(mavenCommands(wrap("check", check)))
                .containsExactly("mvn site-gen:check");
        JsonNode pages = gitlab.path("pages");
        assertThat(pages.path("rules").toString()).contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
        assertThat(pages.path("script").toString()).isEqualTo("[\"mvn -B -ntp site-gen:build\",\"mv site-output public\"]");
        assertThat(pages.path("artifacts").path("paths").toString()).isEqualTo("[\"public\"]");
    }

    private static JsonNode wrap(String name, JsonNode job) {
        return YAML.createObjectNode().set(name, job);
    }

    private static JsonNode stepUsing(JsonNode job, String action) {
        for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asText().startsWith(action)) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + action);
    }

    private static int indexOf(JsonNode job, JsonNode step) {
        int i = 0;
        for (JsonNode s : job.path("steps")) {
            if (s == step) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int indexOf(JsonNode job, String run) {
        int i = 0;
        for (JsonNode s : job.path("steps")) {
            if (s.path("run").asText().strip().equals(run)) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
