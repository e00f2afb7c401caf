/** A binary min-heap of keys by due time. */
export class DueQueue {
  private readonly items: Array<{ readonly key: number; readonly dueAt: number }> = [];

  get size(): number {
    return this.items.length;
  }

  peek(): { readonly key: number; readonly dueAt: number } | undefined {
    return this.items[0];
  }

  push(item: { readonly key: number; readonly dueAt: number }): void {
    const items = this.items;
    items.push(item);
    for (let index = items.length - 1; index > 0; ) {
      const parent = (index - 1) >> 1;
      if (items[parent]!.dueAt <= items[index]!.dueAt) break;
      [items[parent], items[index]] = [items[index]!, items[parent]!];
      index = parent;
    }
  }

  pop(): { readonly key: number; readonly dueAt: number } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let index = 0; ; ) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && items[left]!.dueAt < items[smallest]!.dueAt) smallest = left;
        if (right < items.length && items[right]!.dueAt < items[smallest]!.dueAt) smallest = right;
        if (smallest === index) break;
        [items[smallest], items[index]] = [items[index]!, items[smallest]!];
        index = smallest;
      }
    }
    return top;
  }

  clear(): void {
    this.items.length = 0;
  }
}
