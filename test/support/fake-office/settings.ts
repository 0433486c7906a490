// `Office.context.document.settings`: values live in memory until saveAsync writes them "into the document".
export class FakeSettings {
  private readonly live = new Map<string, unknown>();
  /** What saveAsync has written into the document: a reloaded pane sees only this. */
  readonly saved = new Map<string, unknown>();
  saves = 0;

  constructor(saved: ReadonlyMap<string, unknown> = new Map()) {
    for (const [k, v] of saved) {
      this.live.set(k, v);
      this.saved.set(k, v);
    }
  }

  get(name: string): unknown {
    return this.live.has(name) ? this.live.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.live.set(name, value);
  }

  remove(name: string): void {
    this.live.delete(name);
  }

  saveAsync(callback?: (result: { status: string; error: null }) => void): void {
    this.saves++;
    this.saved.clear();
    for (const [k, v] of this.live) this.saved.set(k, v);
    setTimeout(() => callback?.({ status: 'succeeded', error: null }), 0);
  }

  /** The settings a reopened document starts with. */
  reopened(): FakeSettings {
    return new FakeSettings(this.saved);
  }
}
