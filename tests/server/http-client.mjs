// Raw HTTP for the receiver's tests, so request targets such as `/%` reach the server exactly as written.
import { request } from 'node:http';

/**
 * Resolves to `{ status, headers, text, json }` (`json` when the body parses). Each request has a connection of
 * its own: a kept-alive one may be closed by the server just as a large body starts on it.
 */
export function call(url, { method = 'GET', path, headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          // Not JSON (NDJSON, text): read `text`.
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
