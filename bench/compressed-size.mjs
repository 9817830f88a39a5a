// Compressed sizes of the bytes a page loads, the way a server would send them: gzip -9 and brotli -11.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The raw, gzip -9 and brotli -11 sizes of one file's bytes. */
export function compressedSize(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** The sum of `compressedSize` over several files' bytes (each file is compressed on its own, as served). */
export function totalCompressedSize(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const bytes of files) {
    const size = compressedSize(bytes);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
}
