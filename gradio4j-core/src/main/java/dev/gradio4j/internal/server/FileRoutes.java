package dev.gradio4j.internal.server;

import dev.gradio4j.internal.files.FileStore;
import dev.gradio4j.internal.files.UploadProgress;
import dev.gradio4j.internal.json.JsonCodec;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uploads ({@code POST /gradio_api/upload}), their progress ({@code GET /gradio_api/upload_progress})
 * and downloads ({@code GET /gradio_api/file=<path>}).
 */
final class FileRoutes {
    private final AppRuntime runtime;

    FileRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    /** How long a progress stream waits for its upload to start, as Gradio's. */
    private static final Duration UPLOAD_START = Duration.ofSeconds(3);

    /**
     * Stores every {@code files} part and answers their server paths, in order. With an
     * {@code upload_id}, each stored file's bytes are news for {@link #progress}.
     */
    void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uploadId = Http.queryParameter(request, "upload_id");
        if (uploadId == null || uploadId.isEmpty()) {
            store(request, response, null);
            return;
        }
        if (!runtime.uploadProgress.start(uploadId, uploader(request))) {
            uploadId = null;   // another client's id: the upload goes on, and they learn nothing of it
        }
        try {
            store(request, response, uploadId);
        } finally {
            if (uploadId != null) {
                runtime.uploadProgress.ended(uploadId);
            }
        }
    }

    /**
     * {@code GET /gradio_api/upload_progress?upload_id=}: Gradio's progress stream of one upload,
     * for its uploader only. {@code update} messages give the bytes of a file received since the
     * last one ({@code orig_name}, {@code chunk_size}), {@code done} ends it; {@code heartbeat}
     * while nothing happens. 404 in plain text, as Gradio, when no such upload of this client's
     * starts within 3 seconds.
     */
    void progress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uploadId = request.getParameter("upload_id");
        if (uploadId == null || uploadId.isEmpty()) {
            throw new HttpError(422, "upload_id is missing: send the upload_id the upload was sent with.");
        }
        UploadProgress.Watch watch;
        try {
            watch = runtime.uploadProgress.watch(uploadId, uploader(request), UPLOAD_START);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (watch == null) {
            Http.text(response, 404, "Upload not found");
            return;
        }
        try {
            SseWriter sse = new SseWriter(response);
            while (true) {
                UploadProgress.News news = watch.next(runtime.settings.heartbeat());
                if (news == null) {
                    sse.data("{\"msg\":\"heartbeat\"}");
                } else if (news.done()) {
                    sse.data("{\"msg\":\"done\"}");
                    return;
                } else {
                    sse.data(JsonCodec.write(Map.of("msg", "update", "orig_name", news.file(), "chunk_size", news.bytes())));
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The page closed the stream.
        } finally {
            watch.close();
        }
    }

    /** Who may watch an upload: the one who sent it, by login and address. */
    private String uploader(HttpServletRequest request) {
        String user = (String) request.getAttribute(AuthRoutes.USER);
        return (user == null ? "" : user) + "\u0000" + runtime.origins.clientAddress(request);
    }

    private void store(HttpServletRequest request, HttpServletResponse response, String uploadId) throws IOException {
        String client = runtime.origins.clientAddress(request);
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpError(400, "Invalid content type: send multipart/form-data with one \"files\" part per file.");
        }
        if (request.getContentLengthLong() > runtime.files.maxFileSize() * 2 + 1024 * 1024) {
            throw new HttpError(413, "The upload exceeds the maximum allowed size of " + runtime.files.maxFileSize() + " bytes.");
        }
        List<String> paths = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (!"files".equals(part.getName())) {
                    continue;
                }
                if (part.getSubmittedFileName() == null) {
                    throw new HttpError(400, "The \"files\" part has no filename; send it as a file.");
                }
                if (part.getSize() > runtime.files.maxFileSize()) {
                    throw new HttpError(413, "The file " + part.getSubmittedFileName() + " exceeds the maximum allowed size of "
                            + runtime.files.maxFileSize() + " bytes.");
                }
                long wait = runtime.uploads.take(client, part.getSize());
                if (wait > 0) {
                    throw new HttpError(429, "This client uploaded as much as it may this hour; try again in " + wait + " s.", wait);
                }
                try (InputStream in = part.getInputStream()) {
                    paths.add(runtime.files.saveUpload(part.getSubmittedFileName(), in,
                            (String) request.getAttribute(AuthRoutes.USER)).toString());
                    if (uploadId != null) {
                        runtime.uploadProgress.received(uploadId, part.getSubmittedFileName(), part.getSize());
                    }
                } finally {
                    part.delete();
                }
            }
        } catch (FileStore.FileTooLargeException e) {
            throw new HttpError(413, e.getMessage());
        } catch (FileStore.StoreFullException e) {
            throw new HttpError(507, e.getMessage());
        } catch (IllegalStateException e) {
            throw new HttpError(413, "The upload exceeds the maximum allowed size of " + runtime.files.maxFileSize() + " bytes.");
        } catch (IOException e) {
            throw Http.stalled(e);
        } catch (ServletException e) {
            if (isSizeLimit(e)) {
                throw new HttpError(413, "The upload exceeds the maximum allowed size of " + runtime.files.maxFileSize() + " bytes.");
            }
            throw new HttpError(400, "Could not read the multipart body: " + e.getMessage());
        }
        Http.json(response, 200, paths);
    }

    /**
     * Whether the multipart parser stopped at the size limit. Jetty 12 reports it as an
     * {@code IllegalStateException("max file size exceeded: ...")} wrapped in a "bad multipart"
     * 400, which would hide from the client that its file was simply too large.
     */
    private static boolean isSizeLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** Serves a file that was uploaded, published by the app, or allowed; 403 for anything else. */
    void download(String path, boolean headOnly, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path file;
        try {
            file = runtime.files.resolveDownload(path, (String) request.getAttribute(AuthRoutes.USER));
        } catch (SecurityException e) {
            throw new HttpError(403, e.getMessage());
        }
        if (file == null) {
            throw new HttpError(404, "File not found: " + path + ".");
        }
        String mime = FileStore.mimeType(file);
        boolean inline = runtime.files.inlineSafe(file, mime);
        response.setStatus(200);
        response.setContentType(inline && mime != null ? mime : "application/octet-stream");
        response.setContentLengthLong(Files.size(file));
        response.setHeader("Accept-Ranges", "none");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=utf-8''"
                + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        if (!headOnly) {
            Files.copy(file, response.getOutputStream());
        }
    }
}
