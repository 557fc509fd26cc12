import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the browser UI unless the build in {@code target} is of the same sources: a hash of
 * what goes into the bundle (the sources, the build configuration, the lock file and the version)
 * is kept beside the build, so that an install whose UI did not change needs no Node at all.
 * Otherwise runs {@code npm ci} (when {@code node_modules} is older than the lock file) and
 * {@code npm run build}.
 *
 * <p>Run by the frontend module's build: {@code java build/BuildFrontend.java FRONTEND_DIR VERSION}.
 * Java 17, so that it runs on whatever JDK runs Maven.
 */
public final class BuildFrontend {
    /** What the bundle is made of besides {@code src}. */
    private static final List<String> INPUTS = List.of("index.html", "package.json", "package-lock.json", "vite.config.ts",
            "svelte.config.js", "tsconfig.json", "theme-fonts.ts");

    private BuildFrontend() {}

    public static void main(String[] args) throws Exception {
        Path frontend = Path.of(args[0]).toAbsolutePath().normalize();
        String version = args[1];
        Path built = frontend.resolve("target/classes/dev/gradio4j/frontend/index.html");
        Path stamp = frontend.resolve("target/frontend-sources.sha256");
        String hash = sourcesHash(frontend, version);
        if (Files.isRegularFile(built) && Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(hash)) {
            System.out.println("The browser UI in " + frontend.relativize(built.getParent()) + " is of these sources; no Node needed.");
            return;
        }
        Path installed = frontend.resolve("node_modules/.package-lock.json");
        if (!Files.isRegularFile(installed) || Files.getLastModifiedTime(installed).compareTo(newest(frontend)) < 0) {
            run(frontend, version, "npm", "ci", "--no-audit", "--no-fund");
        }
        run(frontend, version, "npm", "run", "build");
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, hash + "\n");
    }

    /** The newer of package.json and package-lock.json, which an install must postdate. */
    private static java.nio.file.attribute.FileTime newest(Path frontend) throws IOException {
        var json = Files.getLastModifiedTime(frontend.resolve("package.json"));
        var lock = Files.getLastModifiedTime(frontend.resolve("package-lock.json"));
        return json.compareTo(lock) > 0 ? json : lock;
    }

    private static String sourcesHash(Path frontend, String version) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(frontend.resolve("src"))) {
            files = walk.filter(Files::isRegularFile).filter(BuildFrontend::inBundle).sorted().toList();
        }
        for (String input : INPUTS) {
            files = Stream.concat(files.stream(), Stream.of(frontend.resolve(input)).filter(Files::isRegularFile)).toList();
        }
        for (Path file : files) {
            digest.update(frontend.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Tests, type checks and test helpers do not go into the bundle. */
    private static boolean inBundle(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".test.ts") && !name.endsWith(".check.ts") && !file.toString().contains("test-support");
    }

    private static void run(Path frontend, String version, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(frontend.toFile()).inheritIO();
            builder.environment().put("GRADIO4J_VERSION", version);
            int code = builder.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command)
                    + ": building the browser UI needs Node.js 20.19+ with npm on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
