// The load/sync discipline of Office.js proxies, for the hosts' tests: scalar properties throw until loaded AND
// synced, queued work runs in call order at sync (a failing step fails the batch, earlier steps stay done, as in
// Office), `*OrNullObject` answers a null object, and every `context.sync()` is counted so budgets are testable.

/** What Office.js rejects a batch with (`OfficeExtension.Error`): a code and a message. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export const notLoaded = (name: string) =>
  new OfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const itemNotFound = (what: string) =>
  new OfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);

export const invalidArgument = (what: string) =>
  new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`);

/** Numeric comparison of requirement-set versions: "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Office.context.requirements` for a chosen Office version, e.g. `{ WordApi: '1.3' }` for Word 2019/2021. */
export class FakeRequirements {
  constructor(private readonly sets: Readonly<Record<string, string>>) {}

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    const have = this.sets[name];
    return have !== undefined && compareVersions(have, minVersion) >= 0;
  }
}

/** One application (document or workbook) with its counters and hooks, shared by every batch run against it. */
export class FakeApp {
  /** Every `context.sync()` (explicit, or the final one `run` does for queued work) since the app was made. */
  syncs = 0;
  /** Syncs per `run` call, in order. */
  readonly runs: number[] = [];
  private readonly hooks: ((syncInRun: number) => void)[] = [];

  constructor(readonly requirements: FakeRequirements) {}

  /** Calls `hook` at the start of every sync with its number within the current run (1-based): "typing" hooks. */
  beforeSync(hook: (syncInRun: number) => void): () => void {
    this.hooks.push(hook);
    return () => void this.hooks.splice(this.hooks.indexOf(hook), 1);
  }

  /** `Word.run` / `Excel.run`: a fresh context, then a final sync of whatever work is still queued. */
  async runBatch<C extends FakeContext, T>(context: C, batch: (context: C) => Promise<T>): Promise<T> {
    this.runs.push(0);
    const value = await batch(context);
    if (context.pending > 0) await context.sync();
    return value;
  }

  /** @internal */
  countSync(): number {
    this.syncs++;
    const run = this.runs.length - 1;
    this.runs[run] = (this.runs[run] ?? 0) + 1;
    const number = this.runs[run]!;
    for (const hook of [...this.hooks]) hook(number);
    return number;
  }

  /** Syncs of the last `run`. */
  get lastRunSyncs(): number {
    return this.runs[this.runs.length - 1] ?? 0;
  }
}

export class FakeContext {
  private queue: (() => void)[] = [];
  /** True while a sync runs its steps: proxies made then (navigation while loading) bind at once. */
  executing = false;

  constructor(readonly app: FakeApp) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(step: () => void): void {
    this.queue.push(step);
  }

  /** Queues a check that fails the batch where the running Office lacks a requirement set, as Office does. */
  gate(set: string, version: string, member: string): void {
    const check = () => {
      if (!this.app.requirements.isSetSupported(set, version))
        throw new OfficeError('ApiNotFound', `${member} needs ${set} ${version}, which this Office does not support.`);
    };
    if (this.executing) check();
    else this.enqueue(check);
  }

  async sync(): Promise<void> {
    this.app.countSync();
    const steps = this.queue;
    this.queue = [];
    this.executing = true;
    try {
      for (const step of steps) step();
    } finally {
      this.executing = false;
    }
  }
}

export class FakeClientResult<T> {
  private has = false;
  private held: T | undefined;

  get value(): T {
    if (!this.has) throw notLoaded('value');
    return this.held as T;
  }

  /** @internal */
  settle(value: T): void {
    this.held = value;
    this.has = true;
  }
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(spec: LoadSpec): string[] {
  const raw = typeof spec === 'object' && spec !== null && !Array.isArray(spec) ? spec.select : spec;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/** What loading through a navigation property needs of the proxy it reaches. */
export interface Navigable {
  bind(): unknown;
  loadNow(paths: readonly string[]): void;
}

/** A requirement set a scalar property needs, checked when it is loaded. */
export type Gates = Readonly<Record<string, readonly [set: string, version: string]>>;

/**
 * A proxy bound, when its creating step runs, to one model object (or to null for `*OrNullObject`). Subclasses
 * list their scalar properties (`scalars`) and navigation properties (`navigate`).
 */
export abstract class FakeObject<T> {
  private bound = false;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly navigations = new Map<string, Navigable>();

  constructor(
    protected readonly context: FakeContext,
    private readonly resolve: () => T | null,
    options: { nullable?: boolean; target?: T } = {},
  ) {
    this.nullable = options.nullable ?? false;
    if (options.target !== undefined) {
      this.target = options.target;
      this.bound = true;
    } else if (context.executing) this.bind();
    else context.enqueue(() => void this.bind());
    // Every scalar without a hand-written accessor reads through the load/sync check.
    for (const name of Object.keys(this.scalars()))
      if (!(name in this)) Object.defineProperty(this, name, { get: () => this.read(name), configurable: true });
  }

  private readonly nullable: boolean;

  /** @internal Resolves the proxy once; a missing object fails the batch unless the proxy is a null object. */
  bind(): T | null {
    if (!this.bound) {
      const target = this.resolve();
      if (target === null && !this.nullable) throw itemNotFound(this.constructor.name);
      this.target = target;
      this.bound = true;
    }
    return this.target;
  }

  /** @internal The model object, for steps running at sync. */
  resolved(): T {
    const target = this.bind();
    if (target === null) throw new OfficeError('InvalidObjectPath', `${this.constructor.name} is a null object`);
    return target;
  }

  get isNullObject(): boolean {
    if (!this.bound) throw notLoaded('isNullObject');
    return this.target === null;
  }

  /** Scalar property readers of this class. */
  protected abstract scalars(): Readonly<Record<string, (target: T) => unknown>>;

  /** Requirement sets per scalar property. */
  protected gates(): Gates {
    return {};
  }

  /** A navigation property's proxy (memoised: Office hands out the same proxy each time). */
  protected navigate(name: string): Navigable | undefined {
    void name;
    return undefined;
  }

  protected nav<N extends Navigable>(name: string, make: () => N): N {
    let proxy = this.navigations.get(name);
    if (!proxy) {
      proxy = make();
      this.navigations.set(name, proxy);
    }
    return proxy as N;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** @internal Loading runs at sync: scalars are copied, navigation paths are followed. */
  loadNow(paths: readonly string[]): void {
    const target = this.bind();
    if (target === null) return;
    const scalars = this.scalars();
    const gates = this.gates();
    const wanted = paths.length === 0 ? Object.keys(scalars) : paths;
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split('/');
      if (!head) continue;
      if (rest.length === 0 && head in scalars) {
        const gate = gates[head];
        if (gate && !this.context.app.requirements.isSetSupported(gate[0], gate[1]))
          throw new OfficeError('ApiNotFound', `${head} needs ${gate[0]} ${gate[1]}`);
        this.loaded.set(head, structuredClone(scalars[head]!(target)));
        continue;
      }
      const list = nested.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join('/'));
      nested.set(head, list);
    }
    for (const [name, rest] of nested) {
      const proxy = this.navigate(name);
      if (!proxy) throw new OfficeError('PropertyNotFound', `${this.constructor.name} has no property '${name}'`);
      proxy.bind();
      proxy.loadNow(rest);
    }
  }
}

/** A collection: `items` throws until loaded; loading `x` or `items/x` loads `x` on every item. */
export abstract class FakeCollection<I extends FakeObject<M>, M> extends FakeObject<() => M[]> {
  private loadedItems: I[] | null = null;

  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  /** A proxy for one model item, bound at once (items are made while a sync runs). */
  protected abstract wrap(model: M): I;

  protected scalars() {
    return {};
  }

  override loadNow(paths: readonly string[]): void {
    const list = this.resolved()();
    const items = list.map((m) => this.wrap(m));
    const itemPaths = paths
      .map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice('items/'.length) : p))
      .filter((p) => p !== '');
    for (const item of items) item.loadNow(itemPaths);
    this.loadedItems = items;
  }

  protected current(): M[] {
    return this.resolved()();
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue(() => result.settle(this.current().length));
    return result;
  }
}
