package dev.gradio4j.internal.files;

import dev.gradio4j.FileData;
import dev.gradio4j.ValueContext;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Files as one event's components see them: inputs resolved in the {@link FileStore} (an upload of
 * another user is refused), outputs published into it with URLs under the event's root.
 */
public final class StoredFiles implements ValueContext {
    private final FileStore store;
    private final String root;
    private final @Nullable String user;

    /**
     * @param root the URL prefix of the app as the client reached it, empty for root-relative URLs
     * @param user the logged-in user whose uploads may be inputs, or null without login
     */
    public StoredFiles(FileStore store, String root, @Nullable String user) {
        this.store = store;
        this.root = root;
        this.user = user;
    }

    @Override
    public Path resolve(FileData file) {
        return store.resolveInput(file.path(), user);
    }

    @Override
    public FileData publish(Path file, String origName) throws IOException {
        return withRoot(store.describe(store.publish(file, origName), origName));
    }

    @Override
    public FileData publish(byte[] bytes, String name) throws IOException {
        return withRoot(store.describe(store.publish(bytes, name), name));
    }

    private FileData withRoot(FileData data) {
        return new FileData(data.path(), root + data.url(), data.size(), data.origName(), data.mimeType());
    }
}
