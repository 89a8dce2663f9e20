// `crypto.getRandomValues` exists in Node ≥ 19 and in every browser page, secure context or not
// (unlike `randomUUID`), so ids can be made in any layer.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** A random RFC 4122 version-4 UUID. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
