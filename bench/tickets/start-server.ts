import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface RunningServer {
  readonly url: string;
  readonly pid: number;
  /** CPU time (user + system) the server process has used so far, in ms; Linux only, else NaN. */
  cpuMs(): number;
  /** The same for its main thread alone (the one that serves the API and runs the engine). */
  mainThreadCpuMs(): number;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** User + system CPU time from a /proc stat file, in ms; NaN where there is none (not Linux). */
function cpuMsOf(statFile: string): number {
  try {
    // utime and stime are fields 14 and 15, in clock ticks (100 per second), after the command in parentheses.
    const fields = fs.readFileSync(statFile, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Pishkhan as `npm start` runs it (main/all-in-one.ts: API, embedded engine, job workers) in its
 * own process on the given SQLite file, so that the load generator does not share its event loop;
 * resolves once /api/health answers.
 */
export async function startServer(file: string, dir: string, log: (message: string) => void): Promise<RunningServer> {
  const port = await freePort();
  const filesDir = path.join(dir, 'files');
  fs.mkdirSync(filesDir, { recursive: true });
  // BENCH_SERVER_ARGS: more node options for the server only, e.g. --cpu-prof.
  const extra = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter((arg) => arg !== '');
  const child: ChildProcess = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'main', 'all-in-one.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${file}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      SEED_DEMO: 'false',
      WEB_APP_DIR: path.join(dir, 'no-web-app'),
      FILES_DIR: filesDir,
      PROCESSES_DIR: path.join(root, 'processes'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  // BENCH_SERVER_LOG: a file that gets everything the server writes, as it writes it.
  const logFile = process.env.BENCH_SERVER_LOG;
  const keep = (chunk: Buffer) => {
    if (logFile) fs.appendFileSync(logFile, chunk);
    output.push(chunk.toString('utf8'));
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const early = await Promise.race([exited, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 250))]);
    if (early !== 'waiting') throw new Error(`the server exited with ${early}:\n${output.join('')}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server did not become healthy within 120 s:\n${output.join('')}`);
    }
  }
  log(`server pid ${child.pid} on ${url}`);
  return {
    url,
    pid: child.pid!,
    cpuMs: () => cpuMsOf(`/proc/${child.pid}/stat`),
    mainThreadCpuMs: () => cpuMsOf(`/proc/${child.pid}/task/${child.pid}/stat`),
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0 && code !== null) log(`the server exited with ${code}:\n${output.join('').slice(-2000)}`);
    },
  };
}
