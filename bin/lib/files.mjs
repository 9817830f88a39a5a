// What the command-line tools share about files: reading a JSON file (a definition) exactly as the widget reads one,
// and writing their output so that no write error goes unnoticed.
import { open } from 'node:fs/promises';
import { JSON_FILE_MAX_BYTES, parseJsonFile } from '../../dist/model/json-file.js';

/** A file that cannot be read at all (missing, a folder, a device): a usage error, exit status 2. */
export class UnreadableError extends Error {}

/** A file that cannot be written (a missing folder, a folder, a full disk): exit status 2. */
export class WriteError extends Error {}

/** The kind of a path that is not a file or a pipe, or undefined. An endless device such as /dev/zero is one. */
function notAFile(stats) {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return undefined;
}

/** At most `limit` bytes of a stream: it is not read further (nor waited for) once it has given that many. */
async function readUpTo(stream, limit) {
  const chunks = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, Math.min(length, limit));
}

/**
 * Reads a JSON file ("-" for standard input) as the widget's loader does (`parseJsonFile`: UTF-8 with or without a
 * byte-order mark, the same size limit for files and streams). Returns the value, or `{ ok: false, message }` for a
 * file that is not acceptable JSON; throws UnreadableError for one that cannot be read.
 */
export async function readJsonFile(path, maxBytes = JSON_FILE_MAX_BYTES) {
  // One byte past the limit is enough to know the file is too large.
  const limit = maxBytes + 1;
  let bytes;
  if (path === '-') bytes = await readUpTo(process.stdin, limit);
  else {
    let handle;
    try {
      handle = await open(path, 'r');
      const kind = notAFile(await handle.stat());
      if (kind) throw new UnreadableError(`cannot read ${path}: it is ${kind}, not a file`);
      bytes = await readUpTo(handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 }), limit);
    } catch (error) {
      throw error instanceof UnreadableError ? error : new UnreadableError(`cannot read ${path}: ${error.message}`);
    } finally {
      await handle?.close();
    }
  }
  return parseJsonFile(bytes, maxBytes);
}

/**
 * Opens where the output goes (a file, or standard output when `path` is undefined) before any work is done, so that
 * a missing folder is said at once; `write` resolves only once the text is written, and rejects with a WriteError.
 */
export async function openOutput(path) {
  if (path === undefined) {
    return {
      write: (text) =>
        new Promise((resolve, reject) => {
          // A failed write both calls back with the error and emits it; unheard, the event would crash the process.
          const fail = (error) => reject(new WriteError(`cannot write to standard output: ${error.message}`));
          process.stdout.once('error', fail);
          process.stdout.write(text, (error) => (error ? fail(error) : (process.stdout.off('error', fail), resolve())));
        }),
    };
  }
  let handle;
  try {
    // A folder is refused here (EISDIR); a device is a fine destination (/dev/null, /dev/stdout).
    handle = await open(path, 'w');
  } catch (error) {
    throw new WriteError(`cannot write ${path}: ${error.message}`);
  }
  return {
    async write(text) {
      try {
        await handle.writeFile(text);
        await handle.close();
      } catch (error) {
        await handle.close().catch(() => {});
        throw new WriteError(`cannot write ${path} (it may be incomplete): ${error.message}`);
      }
    },
  };
}
