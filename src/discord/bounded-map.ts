/** A Map that forgets its oldest entries beyond `capacity`, for memory that must not grow forever. */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity = 1000) {}

  /** Stores a value, forgetting the oldest entry beyond capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** The value stored under `key`, if still remembered. */
  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
