/**
 * `workbook.customXmlParts` of the fake host (ExcelApi 1.5), following the documentation:
 * - https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection — `add(xml)`
 *   adds a part, `getByNamespace(uri)` gives a scoped collection whose `items` are readable after
 *   `load` + `sync`;
 * - https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart — `getXml()` returns a
 *   `ClientResult<string>` whose `value` is readable only after the next sync (reading it earlier
 *   throws, as with any Office.js result), `setXml`, `delete`, `id`, `namespaceUri`.
 * Like every proxy of the fake, each call is queued and takes effect at `sync()`. A part's
 * namespace is that of its root element (`xmlns="…"`); XML that is not well-formed enough to have
 * a root element is refused with `InvalidArgument`. The parts live on the host
 * ({@link FakeXmlPartStore}), so a later `Excel.run` sees them, as a saved workbook would.
 */
import type {
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlCustomXmlPartScopedCollection,
} from '../excel-api.js';
import { FakeOfficeError, propertyNotLoaded } from './fake-errors.js';

/** Where the host keeps its parts. */
export interface FakeXmlPartStore {
  parts: { id: string; namespaceUri: string; xml: string }[];
  nextId: number;
}

/** What the proxies need of a request context: queue work for the next sync. */
interface Queue {
  queue(op: {
    requestBytes: number;
    run(): { responseBytes: number; commit?: () => void } | void;
  }): void;
}

/** The namespace of the root element (`<written xmlns="urn:…">`), '' for none; null when no root. */
export function rootNamespace(xml: string): string | null {
  const body = xml
    .replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?/, '')
    .replace(/^(<!--[\s\S]*?-->\s*)*/, '');
  const root = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(body);
  if (!root) return null;
  const prefix = root[1]!.includes(':') ? root[1]!.split(':')[0]! : null;
  const attr = prefix === null ? 'xmlns' : `xmlns:${prefix}`;
  const m = new RegExp(`\\s${attr}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(root[2] ?? '');
  return m ? (m[2] ?? m[3] ?? '') : '';
}

function invalidXml(): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    'The argument is invalid or missing or has an incorrect format.',
  );
}

class FakeXmlPart implements XlCustomXmlPart {
  private readonly loaded = new Map<string, unknown>();
  constructor(
    private readonly q: Queue,
    private readonly store: FakeXmlPartStore,
    /** The part's id once known (set at the sync that resolves it). */
    private readonly ref: { id: string | null },
  ) {}

  private part(): FakeXmlPartStore['parts'][number] {
    const p = this.store.parts.find((x) => x.id === this.ref.id);
    if (!p) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    return p;
  }

  /** Marks `id` and `namespaceUri` readable (an item of a loaded collection). */
  markLoaded(p: { id: string; namespaceUri: string }): void {
    this.loaded.set('id', p.id);
    this.loaded.set('namespaceUri', p.namespaceUri);
  }

  get id(): string {
    if (!this.loaded.has('id')) throw propertyNotLoaded('id');
    return this.loaded.get('id') as string;
  }

  get namespaceUri(): string {
    if (!this.loaded.has('namespaceUri')) throw propertyNotLoaded('namespaceUri');
    return this.loaded.get('namespaceUri') as string;
  }

  load(): this {
    this.q.queue({
      requestBytes: 48,
      run: () => {
        const p = this.part();
        return { responseBytes: 64, commit: () => this.markLoaded(p) };
      },
    });
    return this;
  }

  getXml(): { readonly value: string } {
    let value: string | undefined;
    this.q.queue({
      requestBytes: 48,
      run: () => {
        const xml = this.part().xml;
        return { responseBytes: xml.length * 3, commit: () => void (value = xml) };
      },
    });
    return {
      get value(): string {
        if (value === undefined) throw propertyNotLoaded('value');
        return value;
      },
    };
  }

  setXml(xml: string): void {
    this.q.queue({
      requestBytes: 48 + xml.length * 3,
      run: () => {
        const ns = rootNamespace(xml);
        if (ns === null) throw invalidXml();
        const p = this.part();
        p.xml = xml;
        p.namespaceUri = ns;
      },
    });
  }

  delete(): void {
    this.q.queue({
      requestBytes: 48,
      run: () => {
        const p = this.part();
        this.store.parts.splice(this.store.parts.indexOf(p), 1);
      },
    });
  }
}

class FakeXmlPartScoped implements XlCustomXmlPartScopedCollection {
  private items_: XlCustomXmlPart[] | null = null;
  constructor(
    private readonly q: Queue,
    private readonly store: FakeXmlPartStore,
    private readonly namespaceUri: string,
  ) {}

  get items(): XlCustomXmlPart[] {
    if (this.items_ === null) throw propertyNotLoaded('items');
    return this.items_;
  }

  load(): this {
    this.q.queue({
      requestBytes: 48,
      run: () => {
        const found = this.store.parts.filter((p) => p.namespaceUri === this.namespaceUri);
        const items = found.map((p) => {
          const part = new FakeXmlPart(this.q, this.store, { id: p.id });
          part.markLoaded(p);
          return part;
        });
        return { responseBytes: 64 * found.length, commit: () => void (this.items_ = items) };
      },
    });
    return this;
  }
}

export class FakeXmlPartCollection implements XlCustomXmlPartCollection {
  constructor(
    private readonly q: Queue,
    private readonly store: FakeXmlPartStore,
  ) {}

  add(xml: string): XlCustomXmlPart {
    const ref: { id: string | null } = { id: null };
    this.q.queue({
      requestBytes: 48 + xml.length * 3,
      run: () => {
        const ns = rootNamespace(xml);
        if (ns === null) throw invalidXml();
        const id = `{${String(this.store.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`;
        this.store.parts.push({ id, namespaceUri: ns, xml });
        ref.id = id;
      },
    });
    return new FakeXmlPart(this.q, this.store, ref);
  }

  getItem(id: string): XlCustomXmlPart {
    this.q.queue({
      requestBytes: 48 + id.length,
      run: () => {
        if (!this.store.parts.some((p) => p.id === id))
          throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
      },
    });
    return new FakeXmlPart(this.q, this.store, { id });
  }

  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection {
    // https://github.com/OfficeDev/office-js/issues/2580: an empty namespace fails the sync
    if (namespaceUri === '')
      this.q.queue({
        requestBytes: 48,
        run: () => {
          throw invalidXml();
        },
      });
    return new FakeXmlPartScoped(this.q, this.store, namespaceUri);
  }
}
