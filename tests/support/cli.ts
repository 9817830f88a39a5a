// Runs a command-line tool in Node through the test server (tests/support/cli-middleware.mjs).

export interface CommandRun {
  /** The exit code; null when the run was killed (see `signal`). */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Every file of the run's folder afterwards, by name. */
  files: Record<string, Uint8Array>;
}

export interface CommandInput {
  /** Standard input. */
  stdin?: string | Uint8Array;
  /** Files written to the run's folder first; "{dir}" in an argument names that folder. */
  files?: Record<string, string | Uint8Array>;
  /** A file standard output is written to (e.g. "/dev/full"), instead of being collected. */
  stdout?: string;
}

const encoder = new TextEncoder();

function toBase64(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export async function runCommand(command: 'sipas-score' | 'sipas-validate' | 'sipas-sql' | 'sipas-poster', args: readonly string[], input: CommandInput = {}): Promise<CommandRun> {
  const files = Object.fromEntries(Object.entries(input.files ?? {}).map(([name, data]) => [name, toBase64(data)]));
  const body = { args, files, stdout: input.stdout, ...(input.stdin === undefined ? {} : { stdinBase64: toBase64(input.stdin) }) };
  const reply = await fetch(`/__cli/${command}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!reply.ok) throw new Error(`running ${command} failed: HTTP ${reply.status}`);
  const run = (await reply.json()) as Omit<CommandRun, 'files'> & { files: Record<string, string> };
  return { ...run, files: Object.fromEntries(Object.entries(run.files).map(([name, data]) => [name, fromBase64(data)])) };
}

/** Runs sipas-score with `lines` as its standard input, one line each. */
export const scoreLines = (lines: readonly string[], ...args: string[]): Promise<CommandRun> =>
  runCommand('sipas-score', args, { stdin: lines.map((line) => `${line}\n`).join('') });
