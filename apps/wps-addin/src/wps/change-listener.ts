/**
 * Recalculate on the user's edits: one `SheetChange` listener (`Application.ApiEvent
 * .AddApiEventListener('SheetChange', fn)`, addon.et.d.ts) that passes on edits to the input sheets
 * and ignores the events WPS raises for the add-in's own writes — those arriving while the port is
 * writing, and, when WPS delivers them after the call, those whose range is one the port just
 * assigned (each such range is ignored once, so a later user edit of the same cell still counts).
 */
import type { EtApplication, EtRange, EtWorksheet } from './et-api.js';
import type { WpsPort } from './wps-port.js';

export interface WpsChangeSubscription {
  /** Events ignored as the add-in's own writes (tests, diagnostics). */
  readonly ignored: number;
  dispose(): void;
}

export function listenForSheetChanges(
  app: EtApplication,
  port: WpsPort,
  isInputSheet: (name: string) => boolean,
  onChange: (sheet: string, address: string) => void,
): WpsChangeSubscription {
  let ignored = 0;
  const handler = (sheet: EtWorksheet, target: EtRange): void => {
    if (port.writing) {
      ignored++;
      return;
    }
    const name = sheet.Name;
    const address = target.Address();
    const key = `${name}!${address}`;
    if (port.ownWrites.delete(key)) {
      ignored++;
      return;
    }
    if (isInputSheet(name)) onChange(name, address);
  };
  app.ApiEvent.AddApiEventListener('SheetChange', handler);
  return {
    get ignored() {
      return ignored;
    },
    dispose() {
      app.ApiEvent.RemoveApiEventListener('SheetChange', handler);
    },
  };
}
