package dev.gradio4j.internal.server;

import dev.gradio4j.internal.files.FileStore;
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
import java.util.ArrayList;
import java.util.List;

/** Uploads ({@code POST /gradio_api/upload}) and downloads ({@code GET /gradio_api/file=<path>}). */
final class FileRoutes {
    private final AppRuntime runtime;

    FileRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    /** Stores every {@code files} part and answers their server paths, in order. */
    void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
