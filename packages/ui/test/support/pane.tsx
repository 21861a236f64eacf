/**
 * The hosts' pane tests under happy-dom (`@jixiao/ui/test-support/pane`): render the shared pane
 * of a controller into the document, find its controls by test id, click one and wait for the
 * action it starts. One pane at a time; importing this module unmounts it after each test (as
 * Testing Library's auto-cleanup does).
 */
import { act, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { PaneApp } from '../../src/PaneApp.js';
import type { PaneController } from '../../src/pane-controller.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** `act` with an async scope (effects and updates after `f` are flushed). */
export const actAsync = (f: () => void): Promise<void> =>
  act(() => {
    f();
    return Promise.resolve();
  });

let mounted: { root: Root; el: HTMLElement } | null = null;

/**
 * Renders the pane of `controller` (with the host's `footer`, if any) into a new element of the
 * document and returns that element.
 */
export async function mountPane(
  controller: PaneController,
  footer?: ComponentProps<typeof PaneApp>['footer'],
): Promise<HTMLElement> {
  unmountPane();
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  mounted = { root, el };
  await actAsync(() => root.render(<PaneApp controller={controller} footer={footer} />));
  return el;
}

/** Unmounts the pane {@link mountPane} rendered and removes its element (after each test). */
function unmountPane(): void {
  if (mounted === null) return;
  const { root, el } = mounted;
  mounted = null;
  act(() => root.unmount());
  el.remove();
}

export const byTestId = (el: HTMLElement, id: string): HTMLElement | null =>
  el.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Waits (in 10 ms steps, at most `steps` of them) until `done()` holds. */
export async function waitUntil(done: () => boolean, steps = 300): Promise<void> {
  for (let i = 0; i < steps && !done(); i++)
    await act(async () => new Promise((r) => setTimeout(r, 10)));
}

/** Clicks the control with test id `id` and waits until the controller's action has finished. */
export async function clickAndWait(
  el: HTMLElement,
  controller: PaneController,
  id: string,
): Promise<void> {
  await actAsync(() => byTestId(el, id)!.click());
  await waitUntil(() => controller.getState().busy === null);
}

/** Chooses `value` in a `<select>` as the user would. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await actAsync(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

afterEach(unmountPane);
