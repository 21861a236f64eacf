import type { RuleKey } from '@jixiao/engine';
import type { FontProfile } from '@jixiao/report';
import type { ComparisonRow } from '../worker/comparisonRows.js';
import type {
  FileFailure,
  FileResult,
  Lang,
  OutputFile,
  WorkerRequest,
  WorkerResponse,
  WorkerStage,
} from '../worker/protocol.js';

/** Progress of one request: the stage and how far it got. */
export interface Progress {
  stage: WorkerStage;
  done: number;
  total: number;
}

/** A request the worker refused: the Chinese and English message to show. */
export class WorkerFailure extends Error {
  constructor(readonly failure: FileFailure) {
    super(failure.message);
    this.name = 'WorkerFailure';
  }
}

type Pending = {
  resolve: (value: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress: ((p: Progress) => void) | undefined;
};

type RequestBody = WorkerRequest extends infer R
  ? R extends { requestId: number }
    ? Omit<R, 'requestId'>
    : never
  : never;

/** What the page asks of its workers; {@link WorkerClient} is one worker, {@link WorkerPool} several. */
export interface ScoringClient {
  score(
    fileId: string,
    fileName: string,
    bytes: ArrayBuffer,
    onProgress?: (p: Progress) => void,
    rules?: Partial<Record<RuleKey, string>>,
  ): Promise<FileResult>;
  /** The official forms of a file scored as a contract workbook (`jixiao forms`). */
  formsWorkbook?(
    fileId: string,
    layout: 'national' | 'guangdong' | 'chongqing',
    lang?: Lang,
  ): Promise<OutputFile>;
  scoredWorkbook(fileId: string, onProgress?: (p: Progress) => void): Promise<OutputFile>;
  reportDocx(
    fileId: string,
    onProgress?: (p: Progress) => void,
    fonts?: FontProfile,
    asIs?: boolean,
  ): Promise<OutputFile>;
  comparison(rows: ComparisonRow[], lang: Lang): Promise<OutputFile>;
  template(which: 'empty' | 'example'): Promise<OutputFile>;
  forget(fileId: string): Promise<void>;
  terminate(): void;
}

/** The page's side of one worker: promises over messages, buffers transferred, not copied. */
export class WorkerClient implements ScoringClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Responses received and not yet delivered (see {@link WorkerClient.deliver}). */
  private inbox: WorkerResponse[] = [];
  private flushing: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param worker the scoring worker
   * @param coalesceMs responses arriving within this many ms are delivered together, in one task:
   *   the page renders once for a burst of results (20 files chosen at once) instead of once per
   *   message, and a progress report overtaken by its result is not shown at all. 0 delivers each
   *   response as it arrives.
   */
  constructor(
    private readonly worker: Worker,
    private readonly coalesceMs = 16,
  ) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.deliver(event.data);
    worker.onerror = (event: ErrorEvent) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || 'worker error'));
      this.pending.clear();
    };
  }

  /** The default worker, bundled next to the page. */
  static create(): WorkerClient {
    return new WorkerClient(
      new Worker(new URL('../worker/scoreWorker.ts', import.meta.url), {
        type: 'module',
        name: 'jixiao-score',
      }),
    );
  }

  /** Reads and scores a file; the bytes are moved to the worker. */
  async score(
    fileId: string,
    fileName: string,
    bytes: ArrayBuffer,
    onProgress?: (p: Progress) => void,
    rules?: Partial<Record<RuleKey, string>>,
  ): Promise<FileResult> {
    const response = await this.request(
      { type: 'score', fileId, fileName, bytes, ...(rules === undefined ? {} : { rules }) },
      [bytes],
      onProgress,
    );
    if (response.type !== 'scored') throw new Error(`unexpected ${response.type}`);
    return response.result;
  }

  /** The official forms of a file already scored (the 部门整体 table + one per project). */
  async formsWorkbook(
    fileId: string,
    layout: 'national' | 'guangdong' | 'chongqing',
    lang?: Lang,
  ): Promise<OutputFile> {
    const response = await this.request(
      { type: 'forms-workbook', fileId, layout, ...(lang === undefined ? {} : { lang }) },
      [],
    );
    if (response.type !== 'file') throw new Error(`unexpected ${response.type}`);
    return response.file;
  }

  /** The scored workbook of a file already scored. */
  scoredWorkbook(fileId: string, onProgress?: (p: Progress) => void): Promise<OutputFile> {
    return this.file({ type: 'scored-workbook', fileId }, onProgress);
  }

  /** The Word report of a file already scored. */
  reportDocx(
    fileId: string,
    onProgress?: (p: Progress) => void,
    fonts?: FontProfile,
    asIs?: boolean,
  ): Promise<OutputFile> {
    return this.file(
      { type: 'report-docx', fileId, ...(fonts ? { fonts } : {}), ...(asIs ? { asIs } : {}) },
      onProgress,
    );
  }

  /** The comparison table as an .xlsx. */
  comparison(rows: ComparisonRow[], lang: Lang): Promise<OutputFile> {
    return this.file({ type: 'comparison', rows, lang });
  }

  /** Requests sent and not yet answered (for choosing the least busy worker). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** A new workbook: the empty contract or the example. */
  template(which: 'empty' | 'example'): Promise<OutputFile> {
    return this.file({ type: 'template', which });
  }

  /** Lets the worker drop a file's bytes. */
  async forget(fileId: string): Promise<void> {
    await this.request({ type: 'forget', fileId }, []);
  }

  /** Stops the worker. */
  terminate(): void {
    this.worker.terminate();
  }

  private async file(body: RequestBody, onProgress?: (p: Progress) => void): Promise<OutputFile> {
    const response = await this.request(body, [], onProgress);
    if (response.type !== 'file') throw new Error(`unexpected ${response.type}`);
    return response.file;
  }

  private request(
    body: RequestBody,
    transfer: Transferable[],
    onProgress?: (p: Progress) => void,
  ): Promise<WorkerResponse> {
    const requestId = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress });
      const message: WorkerRequest = { ...body, requestId };
      this.worker.postMessage(message, transfer);
    });
  }

  /** Queues a response; the queue is delivered in one task (React renders once for all of it). */
  private deliver(message: WorkerResponse): void {
    if (this.coalesceMs <= 0) {
      this.receive(message);
      return;
    }
    this.inbox.push(message);
    this.flushing ??= setTimeout(() => {
      this.flushing = null;
      const inbox = this.inbox;
      this.inbox = [];
      // a request's progress is shown only when nothing later about it came in the same burst
      const last = new Map<number, number>();
      inbox.forEach((m, i) => last.set(m.requestId, i));
      inbox.forEach((m, i) => {
        if (m.type !== 'progress' || last.get(m.requestId) === i) this.receive(m);
      });
    }, this.coalesceMs);
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.onProgress?.({ stage: message.stage, done: message.done, total: message.total });
        return;
      case 'failed':
        this.pending.delete(message.requestId);
        pending.reject(new WorkerFailure(message.failure));
        return;
      case 'scored':
        // For the benchmark: when the results reached the page (before React renders them).
        performance.mark('jixiao:scored', { detail: message.result.fileId });
        this.pending.delete(message.requestId);
        pending.resolve(message);
        return;
      case 'file':
      case 'done':
        this.pending.delete(message.requestId);
        pending.resolve(message);
        return;
    }
  }
}
