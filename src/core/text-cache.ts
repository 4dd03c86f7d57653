/**
 * What a text has already been found to mean: headers, criterion names, codes and tokens repeat across rows, sheets
 * and the hundreds of forms of one run, so each is worked out once. Bounded: past `limit` texts it forgets them all,
 * so unit names streaming by cannot grow it without end.
 */
export class TextCache<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly limit = 20_000) {}

  /** The value of `text`, made by `make` the first time it is asked (a value is never undefined). */
  get(text: string, make: (text: string) => V): V {
    let value = this.known.get(text);
    if (value === undefined) {
      value = make(text);
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(text, value);
    }
    return value;
  }
}

/** One TextCache per owner (a criteria set: what a text means depends on it), gone with its owner. */
export function textCachePer<K extends object, V>(): (owner: K) => TextCache<V> {
  const caches = new WeakMap<K, TextCache<V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new TextCache<V>()));
    return cache;
  };
}
