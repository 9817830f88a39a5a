/**
 * A 64-bit FNV-1a hash as 16 hex digits. Synchronous and dependency-free: it only has to tell one wording
 * from another, not resist an attacker (the backend must not trust the client for that anyway).
 */
export function shortHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
