import type { RuleKey } from '@jixiao/engine';
import type { FontProfile } from '@jixiao/report';
import type { ComparisonRow } from '../worker/comparisonRows.js';
import type { FileResult, Lang, OutputFile } from '../worker/protocol.js';
import { WorkerClient, type Progress, type ScoringClient } from './workerClient.js';

/**
 * Several scoring workers, so a bureau opening dozens of workbooks uses every core. None starts with
 * the page (its first load stays small): the first starts when a file is opened (or a template is
 * asked for), more on demand (a single file never starts a second one); a file is scored by the
 * least busy worker, which keeps it for that file's downloads.
 */
export class WorkerPool implements ScoringClient {
  private readonly workers: WorkerClient[] = [];
  private readonly owner = new Map<string, WorkerClient>();

  /**
   * @param size the most workers to run (default: the cores, at most 4)
   * @param spawn creates a worker (default: the bundled one)
   */
  constructor(
    private readonly size: number = Math.max(
      1,
      Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2),
    ),
    private readonly spawn: () => WorkerClient = () => WorkerClient.create(),
  ) {}

  /** The number of workers started so far. */
  get started(): number {
    return this.workers.length;
  }

  score(
    fileId: string,
    fileName: string,
    bytes: ArrayBuffer,
    onProgress?: (p: Progress) => void,
    rules?: Partial<Record<RuleKey, string>>,
  ): Promise<FileResult> {
    const worker = this.leastBusy();
    this.owner.set(fileId, worker);
    return worker.score(fileId, fileName, bytes, onProgress, rules);
  }

  formsWorkbook(
    fileId: string,
    layout: 'national' | 'guangdong' | 'chongqing',
    lang?: Lang,
  ): Promise<OutputFile> {
    return this.ownerOf(fileId).formsWorkbook(fileId, layout, lang);
  }

  scoredWorkbook(fileId: string, onProgress?: (p: Progress) => void): Promise<OutputFile> {
    return this.ownerOf(fileId).scoredWorkbook(fileId, onProgress);
  }

  reportDocx(
    fileId: string,
    onProgress?: (p: Progress) => void,
    fonts?: FontProfile,
    asIs?: boolean,
  ): Promise<OutputFile> {
    return this.ownerOf(fileId).reportDocx(fileId, onProgress, fonts, asIs);
  }

  comparison(rows: ComparisonRow[], lang: Lang): Promise<OutputFile> {
    return this.leastBusy().comparison(rows, lang);
  }

  template(which: 'empty' | 'example'): Promise<OutputFile> {
    return this.leastBusy().template(which);
  }

  async forget(fileId: string): Promise<void> {
    const worker = this.owner.get(fileId);
    this.owner.delete(fileId);
    if (worker) await worker.forget(fileId);
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers.length = 0;
    this.owner.clear();
  }

  private ownerOf(fileId: string): WorkerClient {
    const worker = this.owner.get(fileId);
    if (!worker) throw new Error(`No worker holds file ${fileId}`);
    return worker;
  }

  /** An idle worker, else a new one while under the size, else the one with the fewest requests. */
  private leastBusy(): WorkerClient {
    const idle = this.workers.find((w) => w.pendingCount === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) {
      const worker = this.spawn();
      this.workers.push(worker);
      return worker;
    }
    return this.workers.reduce((best, w) => (w.pendingCount < best.pendingCount ? w : best));
  }
}
