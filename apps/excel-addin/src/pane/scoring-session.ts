/**
 * Where the pane's scoring runs. {@link ScoringSession} holds the one run (`run` of
 * @jixiao/pipeline) and the incremental state between edits ({@link IncrementalScorer}); it talks
 * to the workbook only through a {@link SessionPort}, so it runs as well in a Web Worker
 * (`scoring.worker.ts`, whose port forwards every call to the pane's thread, where Office.js
 * lives: {@link WorkerScoring}) as in the pane itself (tests, webviews without module workers).
 */
import { run, type PipelineResult, type RunOptions } from '@jixiao/pipeline';
import type { SheetGrids, WorkbookPort, WritePlan, CellMap } from '@jixiao/workbook';
import { IncrementalScorer, type RowRequest, type RowsRead } from './incremental.js';

/** A user's edit: the sheet and the local address (`G7`, `G7:H9`). */
export interface Edit {
  sheet: string;
  address: string;
}

/** The workbook as a session sees it (the pane's Office.js port, or a proxy of it in a worker). */
export interface SessionPort extends WorkbookPort {
  /** The rows an incremental recalculation needs (`read-rows.ts`). */
  readRows(requests: readonly RowRequest[]): Promise<RowsRead[]>;
  /** How many cells the last apply left alone (the user typed into them meanwhile). */
  skipped(): Promise<number>;
  /** The workbook's sheet names as of the last read. */
  knownNames(): Promise<readonly string[]>;
}

/** What the pane asks of its scoring, in the pane or in a worker. */
export interface Scoring {
  /** The full run; with `keep`, the incremental state for the next edits is built from it. */
  full(port: SessionPort, options: RunOptions, keep: boolean): Promise<PipelineResult>;
  /** The incremental run of `edits`, or null when they need a full run. */
  edit(port: SessionPort, edits: readonly Edit[]): Promise<PipelineResult | null>;
  /** Stop (the worker is terminated). */
  dispose(): void;
}

/** The scoring itself: the one run and the incremental state. */
export class ScoringSession implements Scoring {
  private scorer: IncrementalScorer | null = null;

  async full(port: SessionPort, options: RunOptions, keep: boolean): Promise<PipelineResult> {
    // a dry run (导出 Word) writes nothing: the incremental state stays
    if (options.dryRun !== true) this.scorer = null;
    let grids: SheetGrids = {};
    let written: RunOptions['written'] = options.written ?? null;
    const capture: WorkbookPort = {
      sheetNames: () => port.sheetNames(),
      readSheets: async (names) => (grids = await port.readSheets(names)),
      apply: (plan: WritePlan, map?: CellMap) => port.apply(plan, map),
    };
    if (port.readWritten && options.written === undefined) {
      const read = port.readWritten.bind(port);
      capture.readWritten = async () => (written = await read());
    }
    const result = await run(capture, options);
    if (keep && options.dryRun !== true && (await port.skipped()) === 0) {
      this.scorer = IncrementalScorer.fromRun(grids, await port.knownNames(), result, {
        ...options,
        written,
        keepsRecord: port.readWritten !== undefined,
      });
      this.scorer?.applied(result.plan);
    }
    return result;
  }

  async edit(port: SessionPort, edits: readonly Edit[]): Promise<PipelineResult | null> {
    const scorer = this.scorer;
    this.scorer = null;
    if (scorer === null) return null;
    const request = scorer.request(edits);
    if (request === null) return null;
    const result = scorer.update(await port.readRows(request));
    if (result === null) return null;
    await port.apply(result.plan, result.map);
    // a write that left cells alone (the user typed meanwhile): the next edit reads everything
    if ((await port.skipped()) === 0) {
      scorer.applied(result.plan);
      this.scorer = scorer;
    }
    return result;
  }

  dispose(): void {
    this.scorer = null;
  }
}

/** Messages from the pane to the worker. */
export type ToWorker =
  | { type: 'full'; id: number; options: RunOptions; keep: boolean; readsWritten: boolean }
  | { type: 'edit'; id: number; edits: Edit[] }
  | { type: 'reply'; id: number; value?: unknown; error?: SerializedError };

/** Messages from the worker to the pane. */
export type FromWorker =
  | { type: 'call'; id: number; method: PortMethod; args: unknown[] }
  | { type: 'done'; id: number; result?: PipelineResult | null; error?: SerializedError };

export type PortMethod =
  'sheetNames' | 'readSheets' | 'readWritten' | 'apply' | 'readRows' | 'skipped' | 'knownNames';

/** An error across the worker boundary (an Office error keeps its code for the pane's wording). */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export function serializeError(error: unknown): SerializedError {
  const e = error as { name?: unknown; message?: unknown; code?: unknown } | null;
  const out: SerializedError = {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error),
  };
  if (typeof e?.code === 'string') out.code = e.code;
  return out;
}

export function deserializeError(error: SerializedError): Error {
  const out = new Error(error.message) as Error & { code?: string };
  out.name = error.name;
  if (error.code !== undefined) out.code = error.code;
  return out;
}

/** The worker's side of a port: each call goes to the pane's thread and waits for its reply. */
export function proxyPort(
  post: (message: FromWorker) => void,
  readsWritten: boolean,
): { port: SessionPort; reply: (message: Extract<ToWorker, { type: 'reply' }>) => void } {
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const call = <T>(method: PortMethod, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      post({ type: 'call', id, method, args });
    });
  const port: SessionPort = {
    sheetNames: () => call('sheetNames'),
    readSheets: (names) => call('readSheets', names),
    apply: (plan, map) => call('apply', plan, map),
    readRows: (requests) => call('readRows', requests),
    skipped: () => call('skipped'),
    knownNames: () => call('knownNames'),
  };
  if (readsWritten) port.readWritten = () => call('readWritten');
  return {
    port,
    reply: (message) => {
      const w = waiting.get(message.id);
      if (!w) return;
      waiting.delete(message.id);
      if (message.error) w.reject(deserializeError(message.error));
      else w.resolve(message.value);
    },
  };
}

/** The minimal surface of a Worker used here (tests pass an in-memory pair). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  terminate(): void;
}

/**
 * Scoring in a Web Worker: the run and the incremental state live in the worker; every workbook
 * call it makes is served here, on the pane's thread, by the port given with the request. One
 * request at a time (the scheduler never runs two recalculations at once).
 */
export class WorkerScoring implements Scoring {
  private seq = 0;
  private current: {
    id: number;
    port: SessionPort;
    resolve: (r: PipelineResult | null) => void;
    reject: (e: Error) => void;
  } | null = null;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => void this.onMessage(event.data));
  }

  full(port: SessionPort, options: RunOptions, keep: boolean): Promise<PipelineResult> {
    return this.request(port, (id) => ({
      type: 'full',
      id,
      options,
      keep,
      readsWritten: port.readWritten !== undefined,
    })) as Promise<PipelineResult>;
  }

  edit(port: SessionPort, edits: readonly Edit[]): Promise<PipelineResult | null> {
    return this.request(port, (id) => ({ type: 'edit', id, edits: [...edits] }));
  }

  dispose(): void {
    this.worker.terminate();
    this.current?.reject(new Error('The scoring worker was stopped.'));
    this.current = null;
  }

  private request(
    port: SessionPort,
    message: (id: number) => ToWorker,
  ): Promise<PipelineResult | null> {
    if (this.current) return Promise.reject(new Error('The scoring worker is busy.'));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.current = { id, port, resolve, reject };
      this.worker.postMessage(message(id));
    });
  }

  private async onMessage(message: FromWorker): Promise<void> {
    const current = this.current;
    if (!current) return;
    if (message.type === 'done') {
      if (message.id !== current.id) return;
      this.current = null;
      if (message.error) current.reject(deserializeError(message.error));
      else current.resolve(message.result ?? null);
      return;
    }
    const port = current.port as unknown as Record<PortMethod, (...args: unknown[]) => unknown>;
    try {
      const value = await port[message.method](...message.args);
      this.worker.postMessage({ type: 'reply', id: message.id, value: value ?? null });
    } catch (error) {
      this.worker.postMessage({ type: 'reply', id: message.id, error: serializeError(error) });
    }
  }
}

/**
 * The worker's message loop over a {@link ScoringSession} (what `scoring.worker.ts` runs; tests
 * run it over an in-memory channel).
 */
export function serveScoring(
  post: (message: FromWorker) => void,
  listen: (handler: (message: ToWorker) => void) => void,
): void {
  const session = new ScoringSession();
  let proxy: ReturnType<typeof proxyPort> | null = null;
  listen((message) => {
    if (message.type === 'reply') {
      proxy?.reply(message);
      return;
    }
    const done = (result: PipelineResult | null) => post({ type: 'done', id: message.id, result });
    const failed = (error: unknown) =>
      post({ type: 'done', id: message.id, error: serializeError(error) });
    if (message.type === 'full') {
      proxy = proxyPort(post, message.readsWritten);
      session.full(proxy.port, message.options, message.keep).then(done, failed);
    } else {
      proxy ??= proxyPort(post, false);
      session.edit(proxy.port, message.edits).then(done, failed);
    }
  });
}

/**
 * Whether this webview starts module workers (Chrome 80, Safari 15); Vite emits the scoring
 * worker as a module. Detected without starting one: the `type` option is read only where supported.
 */
export function supportsModuleWorkers(): boolean {
  if (typeof Worker === 'undefined') return false;
  let supported = false;
  try {
    const options = {
      get type(): 'module' {
        supported = true;
        return 'module';
      },
    };
    new Worker('data:text/javascript,', options).terminate();
  } catch {
    // a browser that reads `type` may still refuse the data: URL; what matters is the read
  }
  return supported;
}
