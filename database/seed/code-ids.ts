/** The ids the database gave to the seed's rows, by the codes the seed data refers to them with. */
export class CodeIds {
  private readonly ids = new Map<string, number>();

  constructor(private readonly what: string) {}

  set(code: string, id: number): void {
    if (this.ids.has(code)) throw new Error(`demo seed: ${this.what} ${code} is defined twice`);
    this.ids.set(code, id);
  }

  get(code: string): number {
    const id = this.ids.get(code);
    if (id === undefined) throw new Error(`demo seed: no ${this.what} with code ${code}`);
    return id;
  }

  /** The id of `code`, or null for a null code (a root's parent, an "any" in a rule). */
  optional(code: string | null | undefined): number | null {
    return code == null ? null : this.get(code);
  }

  get size(): number {
    return this.ids.size;
  }
}
