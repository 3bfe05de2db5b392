// What the engine remembers per written word across lints (a word's records, title class, initials, American
// spelling, …): the vocabulary of drafts is small, so the same words are asked again lint after lint.
//
// Bounded, since a server runs for days. And all forgotten at once when a corpus has been learned: the learner
// asks the same questions of every word of the corpus, and a memo holding a 10,000-release corpus's words is a
// hash table the size of the CPU's caches, its entries scattered over the heap, that every later lint then looks
// its few hundred words up in (measured: the word-record lookup of a 600-word lint, 31 -> 11 µs).

const memos: WordMemo<unknown>[] = [];

export class WordMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly bound = 50_000) {
    memos.push(this as WordMemo<unknown>);
  }

  get(word: string): V | undefined {
    return this.map.get(word);
  }

  set(word: string, value: V): void {
    if (this.map.size >= this.bound) this.map.clear();
    this.map.set(word, value);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** Empties every word memo (called when a corpus has been learned). */
export function forgetWordMemos(): void {
  for (const m of memos) m.clear();
}
