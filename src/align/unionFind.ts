/** Disjoint sets over 0..n-1 with path halving and union by size: near-constant time per operation. */
export class UnionFind {
  private readonly parent: number[];
  private readonly size: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array<number>(n).fill(1);
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x] as number;
      this.parent[x] = this.parent[p] as number;
      x = p;
    }
    return x;
  }

  /** Merges the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
  }

  /** The sets as arrays of members in ascending order, ordered by their smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = byRoot.get(r);
      if (g) g.push(i);
      else byRoot.set(r, [i]);
    }
    return [...byRoot.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
  }
}
