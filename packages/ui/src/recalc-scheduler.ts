/**
 * When to recalculate. Change events arrive in bursts (a paste, fast typing, a fill-down): the
 * scheduler waits for a quiet moment (debounce), never runs two recalculations at once, and a
 * change arriving during a run schedules exactly one more run after it, so the last edit is always
 * reflected and nothing is computed from stale data.
 */

export type SchedulerState = 'idle' | 'waiting' | 'running' | 'paused';

export interface RecalcSchedulerOptions {
  /** The recalculation (read → score → write). Its errors go to `onError`, never unhandled. */
  recalc: () => Promise<void>;
  /** Quiet time after the last change before running (default 400 ms). */
  debounceMs?: number;
  onStateChange?: (state: SchedulerState) => void;
  onError?: (error: unknown) => void;
  /** Injected timers (tests, the benchmark); default the global ones. */
  timers?: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    clearTimeout: (handle: unknown) => void;
  };
}

export class RecalcScheduler {
  private readonly recalc: () => Promise<void>;
  private readonly debounceMs: number;
  private readonly timers: NonNullable<RecalcSchedulerOptions['timers']>;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  /** A change arrived while running: run once more afterwards. */
  private dirty = false;
  /** Changes arrived while paused: run on resume. */
  private missed = false;
  private paused = false;
  /** How many recalculations have started (for tests and the benchmark). */
  runs = 0;

  constructor(private readonly options: RecalcSchedulerOptions) {
    this.recalc = options.recalc;
    this.debounceMs = options.debounceMs ?? 400;
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
    };
  }

  get state(): SchedulerState {
    if (this.running) return 'running';
    if (this.timer !== null) return 'waiting';
    return this.paused ? 'paused' : 'idle';
  }

  /** A relevant cell changed: recalculate after the debounce (or after the current run). */
  notifyChange(): void {
    if (this.paused) {
      this.missed = true;
      return;
    }
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.arm();
  }

  /**
   * Recalculate now (pane opened, 重新计算 pressed), after any run in progress — or run `task`
   * instead (填充报告: the same recalculation plus the report), still never two at once.
   */
  async runNow(task?: () => Promise<void>): Promise<void> {
    this.disarm();
    while (this.running) await this.running;
    this.disarm();
    await this.start(task);
  }

  /** Stop automatic recalculation (edits are remembered). */
  pause(): void {
    this.paused = true;
    if (this.timer !== null) {
      this.disarm();
      this.missed = true;
    }
    this.emit();
  }

  /** Resume; recalculates once if anything changed meanwhile. */
  resume(): void {
    this.paused = false;
    const missed = this.missed;
    this.missed = false;
    this.emit();
    if (missed) this.notifyChange();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Resolves when nothing is waiting or running. */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.running) {
        await this.running;
        continue;
      }
      if (this.timer !== null) {
        await new Promise((resolve) => globalThis.setTimeout(resolve, 5));
        continue;
      }
      return;
    }
  }

  /** Cancel a pending run (the pane is closing). */
  dispose(): void {
    this.disarm();
    this.paused = true;
  }

  private arm(): void {
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.start();
    }, this.debounceMs);
    this.emit();
  }

  private disarm(): void {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private async start(task: () => Promise<void> = this.recalc): Promise<void> {
    if (this.running) {
      // A debounce timer fired during a run started by runNow: run once more afterwards.
      this.dirty = true;
      return;
    }
    this.dirty = false;
    this.runs++;
    const run = (async () => {
      try {
        await task();
      } catch (error) {
        this.options.onError?.(error);
      }
    })();
    this.running = run;
    this.emit();
    await run;
    this.running = null;
    if (this.dirty && !this.paused) {
      this.dirty = false;
      this.arm();
    } else if (this.dirty) {
      this.dirty = false;
      this.missed = true;
    }
    this.emit();
  }

  private emit(): void {
    this.options.onStateChange?.(this.state);
  }
}
