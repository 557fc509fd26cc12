package dev.gradio4j.internal.files;

import dev.gradio4j.FileData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The server's files: uploads, and outputs published for download, each stored as
 * {@code <dir>/<sha256>/<name>}, and the rules for what may be served.
 *
 * <p>Only three kinds of file are ever served: what was uploaded, what the app published as an
 * output (both live under the upload directory), and what lies under a path the app allowed.
 * Blocked paths win over everything. Paths are compared after resolving symlinks, so a link
 * inside the upload directory cannot point a download outside it.
 */
public final class FileStore {
    private final Path dir;
    private final Path realDir;
    /** Who uploaded each upload, when a user was logged in: no one else may use or download it. */
    private final Map<Path, String> owners = new ConcurrentHashMap<>();
    /** Files already copied into the cache, so that publishing one again is free. */
    private final Map<Published, Path> published = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;
    private final List<Path> allowed;
    private final List<Path> blocked;
    private final long maxFileSize;
    private final long maxStoredBytes;
    /** Bytes of the files in the store (counted at start, then as files come and go). */
    private final AtomicLong storedBytes = new AtomicLong();
    private final byte[] seed = new byte[32];

    public FileStore(Path dir, List<Path> allowed, List<Path> blocked, long maxFileSize, long maxStoredBytes) throws IOException {
        Files.createDirectories(dir);
        this.maxStoredBytes = maxStoredBytes;
        this.dir = dir.toAbsolutePath().normalize();
        this.realDir = dir.toRealPath();
        this.allowed = allowed.stream().map(FileStore::real).toList();
        this.blocked = blocked.stream().map(FileStore::real).toList();
        this.maxFileSize = maxFileSize;
        new SecureRandom().nextBytes(seed);
        try (Stream<Path> files = Files.walk(this.dir)) {
            files.filter(Files::isRegularFile).forEach(file -> storedBytes.addAndGet(sizeOf(file)));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    /**
     * Stores an upload of {@code owner} (null without a login) and returns its path.
     *
     * @throws FileTooLargeException when it is larger than the limit (nothing is kept)
     */
    public Path saveUpload(String originalName, InputStream content, String owner) throws IOException {
        if (storedBytes.get() >= maxStoredBytes) {
            throw new StoreFullException(maxStoredBytes);
        }
        Path temp = Files.createTempFile(dir, ".upload-", ".part");
        try {
            MessageDigest digest = keyedDigest();
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
                copyLimited(in, out);
            }
            // The owner is part of the digest: two users' equal uploads are two files, each theirs.
            if (owner != null) {
                digest.update(owner.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Path stored = moveIntoPlace(temp, HexFormat.of().formatHex(digest.digest()), FileNames.sanitize(originalName));
            if (owner != null) {
                owners.put(stored, owner);
            }
            return stored;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Refuses a user another user's upload. */
    private void checkOwner(Path real, String user) {
        String owner = owners.get(real);
        if (owner != null && !owner.equals(user)) {
            throw new SecurityException("File not allowed: it was uploaded by another user.");
        }
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxFileSize) {
                throw new FileTooLargeException(maxFileSize);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /**
     * Copies a file the app produced into the store, unless it is there already.
     *
     * @throws IllegalArgumentException when the app may not serve that file
     */
    public Path publish(Path file, String name) throws IOException {
        Path real = real(file);
        if (!Files.isRegularFile(real)) {
            throw new IllegalArgumentException("The output file " + file + " does not exist or is not a regular file.");
        }
        if (real.startsWith(realDir)) {
            return real;
        }
        if (!mayPublish(real)) {
            throw new IllegalArgumentException("Cannot serve " + file + ": outputs must be in the working directory,"
                    + " the temporary directory or a path allowed with Launch.allowedPaths(...).");
        }
        // A streamed answer publishes the same files at every step: copy each version once.
        Published key = new Published(real, Files.size(real), Files.getLastModifiedTime(real).toMillis(), name);
        Path known = published.get(key);
        if (known != null && Files.isRegularFile(known)) {
            return known;
        }
        Path temp = Files.createTempFile(dir, ".publish-", ".part");
        try {
            MessageDigest digest = keyedDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(real), digest);
                 OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            Path stored = moveIntoPlace(temp, HexFormat.of().formatHex(digest.digest()),
                    FileNames.sanitize(name != null ? name : real.getFileName().toString()));
            if (published.size() >= MAX_REMEMBERED) {
                published.clear();
            }
            published.put(key, stored);
            return stored;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A version of a file outside the cache, by where it is, its size, its time and the name it is served under. */
    private record Published(Path file, long size, long modified, String name) {}

    /** Stores bytes the app produced. */
    public Path publish(byte[] bytes, String name) throws IOException {
        Path temp = Files.createTempFile(dir, ".publish-", ".part");
        try {
            Files.write(temp, bytes);
            return moveIntoPlace(temp, HexFormat.of().formatHex(keyedDigest().digest(bytes)), FileNames.sanitize(name));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path moveIntoPlace(Path temp, String hash, String name) throws IOException {
        Path folder = dir.resolve(hash);
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            storedBytes.addAndGet(sizeOf(target));
        }
        return target;
    }

    private boolean mayPublish(Path real) {
        if (isBlocked(real)) {
            return false;
        }
        Path cwd = real(Path.of(""));
        Path tmp = real(Path.of(System.getProperty("java.io.tmpdir")));
        if (real.startsWith(cwd) && cwd.relativize(real).toString().startsWith(".")) {
            return false;
        }
        return real.startsWith(cwd) || real.startsWith(tmp) || allowed.stream().anyMatch(real::startsWith);
    }

    /**
     * The local file behind an input path sent by a client, which must be a file uploaded here or
     * one in an allowed path.
     *
     * @throws IllegalArgumentException otherwise, with a message for the client
     */
    public Path resolveInput(String path, String user) {
        if (path.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("File inputs must be uploaded to this server first (POST /gradio_api/upload);"
                    + " URLs are not fetched: " + path);
        }
        Path real = real(Path.of(path));
        if (!Files.isRegularFile(real) || !maySend(real)) {
            throw new IllegalArgumentException("Cannot use " + path + ": it was not uploaded to this server.");
        }
        if (owners.containsKey(real) && !owners.get(real).equals(user)) {
            throw new IllegalArgumentException("Cannot use " + path + ": it was uploaded by another user.");
        }
        return real;
    }

    /**
     * The file a {@code /file=} request names, if it may be served.
     *
     * @return the file, or null when it does not exist in a servable place
     * @throws SecurityException when the path is outside everything that may be served
     */
    public Path resolveDownload(String path, String user) {
        if (path.isEmpty() || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || path.startsWith("//") || path.startsWith("\\")) {
            throw new SecurityException("File not allowed: " + path + ".");
        }
        Path requested = Path.of(path).toAbsolutePath().normalize();
        Path real = real(requested);
        if (!maySend(real) || !maySend(requested)) {
            throw new SecurityException("File not allowed: " + path + ".");
        }
        checkOwner(real, user);
        return Files.isRegularFile(real) ? real : null;
    }

    private boolean maySend(Path path) {
        return !isBlocked(path) && (path.startsWith(realDir) || path.startsWith(dir) || allowed.stream().anyMatch(path::startsWith));
    }

    private boolean isBlocked(Path path) {
        return blocked.stream().anyMatch(path::startsWith);
    }

    /** Whether a served file is shown inline (a safe type or an allowed path) rather than downloaded. */
    public boolean inlineSafe(Path file, String mimeType) {
        return inlineSafe(mimeType) || allowed.stream().anyMatch(file::startsWith);
    }

    /** Whether a file of this type cannot run script in the page, and so may be shown inline. */
    public static boolean inlineSafe(String mimeType) {
        return mimeType != null && (mimeType.startsWith("image/") && !mimeType.contains("svg")
                || mimeType.startsWith("audio/") || mimeType.startsWith("video/")
                || mimeType.equals("text/plain") || mimeType.equals("application/json") || mimeType.equals("application/pdf"));
    }

    /** A MIME type guessed from the name, or null. */
    public static String mimeType(Path file) {
        return URLConnection.guessContentTypeFromName(file.getFileName().toString());
    }

    /** Describes a stored file for the wire, with a URL relative to the server root. */
    public FileData describe(Path stored, String origName) throws IOException {
        return new FileData(stored.toString(), fileUrl(stored), Files.size(stored),
                origName != null ? origName : stored.getFileName().toString(), mimeType(stored));
    }

    /** The root-relative URL of a stored file: {@code /gradio_api/file=<path>}, percent-encoded. */
    public static String fileUrl(Path stored) {
        StringBuilder url = new StringBuilder("/gradio_api/file=");
        String[] segments = stored.toString().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            url.append(i == 0 ? "" : "/")
                    .append(java.net.URLEncoder.encode(segments[i], java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * SHA-256 of the server's random seed, then the content: files are stored under it, so equal
     * contents share a folder, yet no one outside can tell a file's path from its content.
     */
    private MessageDigest keyedDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(seed);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes the stored files (uploads and outputs) last changed longer ago than {@code age},
     * and the folders they leave empty: Gradio's {@code delete_cache}.
     *
     * @return how many files went
     */
    public int deleteOlderThan(java.time.Duration age) throws IOException {
        long cutoff = System.currentTimeMillis() - age.toMillis();
        int deleted = 0;
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
                            long size = sizeOf(file);
                            if (Files.deleteIfExists(file)) {
                                owners.remove(file);
                                storedBytes.addAndGet(-size);
                                deleted++;
                            }
                        }
                    }
                }
                try (Stream<Path> rest = Files.list(folder)) {
                    if (rest.findAny().isEmpty()) {
                        Files.deleteIfExists(folder);
                    }
                } catch (java.nio.file.DirectoryNotEmptyException refilled) {
                    // a file arrived meanwhile: the folder stays
                }
            }
        }
        published.clear();
        return deleted;
    }

    /** The store holds as many bytes as it may: uploads wait until files are deleted. */
    public static final class StoreFullException extends IOException {
        public StoreFullException(long limit) {
            super("The server's file store is full (" + (limit >> 20) + " MiB); try again once old files are cleaned up.");
        }
    }

    /** An upload over the size limit. */
    public static final class FileTooLargeException extends IOException {
        public FileTooLargeException(long limit) {
            super("The file exceeds the maximum allowed size of " + limit + " bytes.");
        }
    }
}
