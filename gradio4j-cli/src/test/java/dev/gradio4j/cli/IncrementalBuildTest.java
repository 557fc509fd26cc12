package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each save recompiles what changed and what depends on it, and nothing else. */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    Path util;
    Path user;
    Path other;
    IncrementalBuild build;

    @BeforeEach
    void firstBuild() throws Exception {
        util = Files.writeString(dir.resolve("Util.java"), "class Util { static String shout(String s) { return s + \"!\"; } }");
        user = Files.writeString(dir.resolve("User.java"), "class User { String hello() { return Util.shout(\"hello\"); } }");
        other = Files.writeString(dir.resolve("Other.java"), "class Other { int answer() { return 42; } }");
        build = new IncrementalBuild(new InProcessCompiler(System.getProperty("java.class.path")));
        var first = build.build(sources());
        assertThat(first.ok()).as(String.valueOf(first.errors())).isTrue();
        assertThat(first.compiled()).hasSize(3);
    }

    List<Path> sources() throws Exception {
        try (var paths = Files.list(dir)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void aSaveWithoutChangesCompilesNothing() throws Exception {
        var result = build.build(sources());
        assertThat(result.compiled()).isEmpty();
        assertThat(result.classes()).containsOnlyKeys("Util", "User", "Other");
    }

    @Test
    void anIndependentChangeCompilesOnlyItsFile() throws Exception {
        Files.writeString(other, "class Other { int answer() { return 43; } }");
        var result = build.build(sources());
        assertThat(result.compiled()).containsExactly(other);
        assertThat(result.classes()).containsOnlyKeys("Util", "User", "Other");
    }

    @Test
    void aChangeCompilesItsDependentsToo() throws Exception {
        Files.writeString(util, "class Util { static String shout(String s) { return s + \"!!\"; } }");
        var result = build.build(sources());
        assertThat(result.compiled()).containsExactlyInAnyOrder(util, user);
    }

    @Test
    void aDependentBrokenByAChangeIsReported() throws Exception {
        Files.writeString(util, "class Util { static String whisper(String s) { return s; } }");
        var result = build.build(sources());
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).contains("User.java").contains("cannot find symbol");
    }

    @Test
    void aChangedConstantRebuildsEverything() throws Exception {
        Files.writeString(other, "class Other { static final int ANSWER = 42; int answer() { return ANSWER; } }");
        build.build(sources());
        Files.writeString(other, "class Other { static final int ANSWER = 43; int answer() { return ANSWER; } }");
        assertThat(build.build(sources()).compiled()).hasSize(3);
    }

    @Test
    void aNewFileJoinsAndADeletedOneLeaves() throws Exception {
        Path extra = Files.writeString(dir.resolve("Extra.java"), "class Extra { String s = Util.shout(\"x\"); }");
        var added = build.build(sources());
        assertThat(added.compiled()).containsExactly(extra);
        assertThat(added.classes()).containsKey("Extra");

        Files.delete(other);
        var removed = build.build(sources());
        assertThat(removed.ok()).isTrue();
        assertThat(removed.classes()).doesNotContainKey("Other").containsKeys("Util", "User", "Extra");
    }

    @Test
    void deletingAClassThatOthersUseIsReportedByThem() throws Exception {
        Files.delete(util);
        var result = build.build(sources());
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).contains("User.java");
    }
}
