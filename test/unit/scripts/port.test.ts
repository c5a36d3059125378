/**
 * The port logic of `npm start` / `npm run web` (scripts/lib/port.mjs): argument parsing from named cases, then the
 * choice of port against a real listening socket and against a scripted "which ports are free".
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, DEFAULT_PORT, parseStartArgs, portIsFree, PORT_TRIES } from '../../../scripts/lib/port.mjs';

interface ArgCase {
  name: string;
  args: string[];
  expect?: { port: number; explicit: boolean; web: boolean };
  error?: string;
}
const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'start-args.json'), 'utf8')) as {
  cases: ArgCase[];
};

describe('parseStartArgs', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(parseStartArgs(c.args)).toEqual(c.error !== undefined ? { error: c.error } : c.expect);
  });
});

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Listens on a free port of 127.0.0.1 chosen by the system; resolves with it. */
function occupyPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

describe('choosePort over real sockets', () => {
  it('sees a port held by another server as in use, and a released one as free', async () => {
    const port = await occupyPort();
    expect(await portIsFree(port)).toBe(false);
    await new Promise((r) => servers.pop()!.close(r));
    expect(await portIsFree(port)).toBe(true);
  });

  it('moves past a taken default port to a free one after it', async () => {
    const port = await occupyPort();
    const chosen = await choosePort({ port, explicit: false });
    expect('port' in chosen && chosen.port > port && chosen.port <= port + PORT_TRIES).toBe(true);
    if ('port' in chosen) expect(await portIsFree(chosen.port)).toBe(true);
  });

  it('refuses a taken port asked for with --port, in one line', async () => {
    const port = await occupyPort();
    expect(await choosePort({ port, explicit: true })).toEqual({
      error: `port ${port} is in use; choose another with --port N`,
    });
  });
});

describe('choosePort over scripted ports', () => {
  const freeFrom = (first: number) => (p: number) => Promise.resolve(p >= first);

  it('keeps the default port when it is free', async () => {
    expect(await choosePort({ port: DEFAULT_PORT, explicit: false }, '127.0.0.1', freeFrom(0))).toEqual({
      port: DEFAULT_PORT,
    });
  });

  it('takes the first free port after a run of taken ones', async () => {
    expect(await choosePort({ port: 4317, explicit: false }, '127.0.0.1', freeFrom(4320))).toEqual({ port: 4320 });
  });

  it('gives up after PORT_TRIES more ports, naming the range', async () => {
    expect(await choosePort({ port: 4317, explicit: false }, '127.0.0.1', freeFrom(99999))).toEqual({
      error: `ports 4317–${4317 + PORT_TRIES} are all in use; choose one with --port N`,
    });
  });

  it('reports a port it may not listen on in one line', async () => {
    const denied = () => Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' }));
    expect(await choosePort({ port: 80, explicit: true }, '127.0.0.1', denied)).toEqual({
      error: 'cannot listen on 127.0.0.1:80 (EACCES)',
    });
  });
});
