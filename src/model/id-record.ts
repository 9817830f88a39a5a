/*
 * Objects used as maps from ids that come from a definition or a response (item ids, option values, languages,
 * group keys). An id may be any name the schema allows, "constructor" among them, and a response's answers may
 * hold any key, "__proto__" and "toString" included: a plain object would answer those with what it inherits
 * from Object.prototype (a function, which IndexedDB and structuredClone cannot copy), and assigning "__proto__"
 * would replace its prototype. So maps are made by `idRecord` and every read by id goes through `ownValue`.
 * Answers stay plain objects: they leave the library in responses and events, where a host may use Object's
 * methods on them, and no item id can be "__proto__" (the schema refuses it).
 */

/** A new map from ids to values without a prototype: every id, whatever its name, is only ever its own key. */
export function idRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [id, value] of entries) record[id] = value;
  return record;
}

/**
 * What `record` itself holds under `id`; never a property inherited from Object.prototype. Maps read back from
 * IndexedDB, JSON or a schema are plain objects again, so every read by id goes through this.
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, id: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}
