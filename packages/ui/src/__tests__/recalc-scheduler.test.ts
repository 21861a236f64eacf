import { describe, expect, it } from 'vitest';
import { RecalcScheduler } from '../recalc-scheduler.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A recalculation that takes `ms` and records overlap. */
function slowRecalc(ms: number) {
  const log = { started: 0, finished: 0, maxConcurrent: 0, active: 0 };
  const recalc = async () => {
    log.started++;
    log.active++;
    log.maxConcurrent = Math.max(log.maxConcurrent, log.active);
    await sleep(ms);
    log.active--;
    log.finished++;
  };
  return { log, recalc };
}

describe('RecalcScheduler', () => {
  it('debounces a burst of 100 changes into one run', async () => {
    const { log, recalc } = slowRecalc(5);
    const s = new RecalcScheduler({ recalc, debounceMs: 20 });
    for (let i = 0; i < 100; i++) s.notifyChange();
    expect(s.state).toBe('waiting');
    await sleep(5);
    await s.whenIdle();
    expect(log.started).toBe(1);
    expect(s.state).toBe('idle');
  });

  it('never runs twice at once; changes during a run schedule exactly one more', async () => {
    const { log, recalc } = slowRecalc(40);
    const s = new RecalcScheduler({ recalc, debounceMs: 5 });
    s.notifyChange();
    await sleep(15);
    expect(s.state).toBe('running');
    for (let i = 0; i < 50; i++) s.notifyChange();
    await s.whenIdle();
    expect(log.started).toBe(2);
    expect(log.maxConcurrent).toBe(1);
  });

  it('runNow during a run joins it and leaves everything recalculated', async () => {
    const { log, recalc } = slowRecalc(30);
    const s = new RecalcScheduler({ recalc, debounceMs: 5 });
    const first = s.runNow();
    const second = s.runNow();
    await Promise.all([first, second]);
    expect(log.maxConcurrent).toBe(1);
    expect(log.finished).toBe(2);
    expect(s.state).toBe('idle');
  });

  it('runs a given task (填充报告) exclusively too, and catches up on changes made meanwhile', async () => {
    const { log, recalc } = slowRecalc(30);
    const s = new RecalcScheduler({ recalc, debounceMs: 5 });
    let taskActive = false;
    let overlapped = false;
    const task = async () => {
      taskActive = true;
      s.notifyChange();
      await sleep(40);
      overlapped ||= log.active > 0;
      taskActive = false;
    };
    s.notifyChange();
    await sleep(10);
    expect(s.state).toBe('running');
    await s.runNow(task);
    expect(taskActive).toBe(false);
    await s.whenIdle();
    expect(overlapped).toBe(false);
    expect(log.maxConcurrent).toBe(1);
    // The change during the task gave exactly one more recalculation.
    expect(log.started).toBe(2);
  });

  it('pauses: edits are remembered and recalculated once on resume', async () => {
    const { log, recalc } = slowRecalc(1);
    const states: string[] = [];
    const s = new RecalcScheduler({
      recalc,
      debounceMs: 5,
      onStateChange: (st) => states.push(st),
    });
    s.pause();
    for (let i = 0; i < 10; i++) s.notifyChange();
    await sleep(30);
    expect(log.started).toBe(0);
    expect(s.state).toBe('paused');
    s.resume();
    await sleep(10);
    await s.whenIdle();
    expect(log.started).toBe(1);
    expect(states).toContain('paused');
  });

  it('reports a failing run and keeps working', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const s = new RecalcScheduler({
      recalc: () => (++n === 1 ? Promise.reject(new Error('boom')) : Promise.resolve()),
      debounceMs: 1,
      onError: (e) => errors.push(e),
    });
    await s.runNow();
    await s.runNow();
    expect(errors).toHaveLength(1);
    expect(n).toBe(2);
  });
});
