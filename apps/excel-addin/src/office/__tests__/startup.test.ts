import { describe, expect, it } from 'vitest';
import { wireStartup, type AddinStartupApi } from '../startup.js';

function api(overrides: Partial<AddinStartupApi> = {}) {
  let handler: ((visible: boolean) => void) | null = null;
  const a: AddinStartupApi = {
    sharedRuntime: true,
    loadWithDocument: () => Promise.resolve(),
    onVisibility: (h) => {
      handler = h;
      return Promise.resolve();
    },
    ...overrides,
  };
  return { a, show: (v: boolean) => handler?.(v) };
}

describe('wireStartup', () => {
  it('recalculates each time the pane is shown, not when hidden', async () => {
    const { a, show } = api();
    let runs = 0;
    const out = await wireStartup(a, () => runs++);
    expect(out).toMatchObject({ loadWithDocument: 'ok', visibility: 'ok' });
    show(true);
    show(false);
    show(true);
    expect(runs).toBe(2);
  });

  it('a rejected setStartupBehavior still leaves the visibility recalculation wired', async () => {
    const { a, show } = api({
      loadWithDocument: () => Promise.reject(new Error('GeneralException')),
    });
    let runs = 0;
    const out = await wireStartup(a, () => runs++);
    expect(out.loadWithDocument).toBe('failed');
    expect(out.visibility).toBe('ok');
    expect(out.errors).toHaveLength(1);
    show(true);
    expect(runs).toBe(1);
  });

  it('a rejected visibility registration still asks to load with the document', async () => {
    let loaded = false;
    const { a } = api({
      onVisibility: () => Promise.reject(new Error('x')),
      loadWithDocument: () => {
        loaded = true;
        return Promise.resolve();
      },
    });
    const out = await wireStartup(a, () => undefined);
    expect(out).toMatchObject({ loadWithDocument: 'ok', visibility: 'failed' });
    expect(loaded).toBe(true);
  });

  it('does nothing without the shared runtime', async () => {
    let called = false;
    const { a } = api({
      sharedRuntime: false,
      loadWithDocument: () => {
        called = true;
        return Promise.resolve();
      },
    });
    expect(await wireStartup(a, () => undefined)).toMatchObject({
      loadWithDocument: 'unsupported',
      visibility: 'unsupported',
    });
    expect(called).toBe(false);
  });
});
