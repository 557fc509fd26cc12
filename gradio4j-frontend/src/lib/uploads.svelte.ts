import type { FileData } from "@gradio/client";
import { toFileValue, type FileValue } from "./files";
import { screenFiles, type UploadRules } from "./upload-rules";

/** Where uploads go: the app (its server and its `max_file_size`). */
export interface UploadServer {
  upload(files: File[]): Promise<FileData[]>;
  readonly maxFileSize: number | null;
}

/** How a component tells the user about files it did not get; each shows them its own way. */
export interface UploadReports {
  /** Files the rules refused, one reason each; said before anything is sent. */
  refused(reasons: string[]): void;
  /** The upload failed: the server refused it, or the connection did. */
  failed(message: string): void;
}

/** A file on its way to the server. Two may share a name (pasted images do), not an id. */
export interface PendingUpload {
  id: number;
  name: string;
}

/**
 * The uploads of one file-taking component (File, Image, MultimodalTextbox): it screens what the
 * user gives against the component's rules and the app's size limit, sends the rest, and keeps
 * the files in flight for the component to show. @gradio/client reports no byte progress, so
 * progress is which files are still pending.
 */
export class Uploads {
  pending: PendingUpload[] = $state([]);
  private nextId = 0;

  constructor(
    private readonly server: UploadServer,
    private readonly reports: UploadReports,
  ) {}

  get busy(): boolean {
    return this.pending.length > 0;
  }

  /**
   * Screens `files` (the component's `types` and `room`; the size limit is the app's), uploads
   * those accepted, and answers their server-side values: empty when none was taken or the
   * upload failed, which the reports have said.
   */
  async take(files: readonly File[], rules: Omit<UploadRules, "maxSize">): Promise<FileValue[]> {
    const { accepted, problems } = screenFiles(files, { ...rules, maxSize: this.server.maxFileSize });
    if (problems.length > 0) this.reports.refused(problems);
    if (accepted.length === 0) return [];
    const batch = accepted.map((file) => ({ id: this.nextId++, name: file.name }));
    this.pending = [...this.pending, ...batch];
    try {
      return (await this.server.upload(accepted)).map(toFileValue);
    } catch (e) {
      this.reports.failed((e as Error).message ?? String(e));
      return [];
    } finally {
      this.pending = this.pending.filter((pending) => !batch.some((b) => b.id === pending.id));
    }
  }
}
