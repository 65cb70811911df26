// A private Slurm cluster of one node on this machine, for the cluster test and the sweep bench:
// munged, slurmctld and slurmd started on loopback (free ports) with a generated slurm.conf, and
// every key, socket, state, spool and log file in one directory. Nothing system-wide is touched:
// Slurm's commands find this cluster through SLURM_CONF in `env`. `stop()` ends the daemons by
// their PIDs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, hostname, totalmem } from 'node:os';
import { join } from 'node:path';

/** The daemons live in /usr/sbin, which a non-login PATH may lack. */
export const SLURM_PATH = [process.env.PATH, '/usr/sbin', '/sbin'].filter(Boolean).join(':');

/** Programs the cluster needs (Debian: slurmctld, slurmd, slurm-client, munge). */
export const SLURM_TOOLS = [
  'munged',
  'mungekey',
  'slurmctld',
  'slurmd',
  'sbatch',
  'squeue',
  'scontrol',
  'sinfo',
  'scancel',
];

/** The tools not found on SLURM_PATH. */
export function missingSlurmTools(): string[] {
  return SLURM_TOOLS.filter(
    (t) =>
      spawnSync('sh', ['-c', `command -v ${t}`], {
        stdio: 'ignore',
        env: { ...process.env, PATH: SLURM_PATH },
      }).status !== 0,
  );
}

/** This process's environment without any test runner's or outer scheduler's variables. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(SLURM_|VITEST|JOB_COMPLETION)/.test(k) || k === 'NODE_OPTIONS')
      continue;
    env[k] = v;
  }
  env.PATH = SLURM_PATH;
  return env;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `f` every 250 ms until it returns a value; throws after `ms`. */
export async function waitFor<T>(what: string, ms: number, f: () => T | undefined): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(250);
  }
}

/** States in which a job has not finished yet. */
const UNFINISHED = ['PENDING', 'CONFIGURING', 'RUNNING', 'COMPLETING', 'SUSPENDED', 'REQUEUED'];

export interface SlurmCluster {
  dir: string;
  /** Environment for Slurm's commands and for jobs (SLURM_CONF set). */
  env: Record<string, string>;
  /** The node's name and CPUs. */
  node: string;
  cpus: number;
  /** `sbatch --parsable ARGS` with `extraEnv` exported to the job; returns the job id. */
  sbatch(args: string[], extraEnv?: Record<string, string>, cwd?: string): string;
  /** `scontrol show job` fields of a job (the first record of an array). */
  job(id: string): Record<string, string>;
  /** JobState of every task of an array job. */
  arrayStates(id: string): string[];
  /** Waits until the job (every task of an array) has finished; returns its final state(s). */
  waitJob(id: string, ms: number): Promise<string[]>;
  /** The daemons' logs, last `chars` characters of each. */
  logs(chars?: number): string;
  /** Cancels every job and stops the daemons (by PID; SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/**
 * Starts the cluster in `dir` (an empty directory): a munge key and munged, slurm.conf for one
 * node as large as this machine (its CPUs, 90% of its memory), slurmctld and slurmd; resolves
 * when the node is idle. On failure the daemons already started are stopped.
 */
export async function startSlurmCluster(dir: string): Promise<SlurmCluster> {
  const daemons: ChildProcess[] = [];
  const conf = join(dir, 'slurm.conf');
  const env = { ...cleanEnv(), SLURM_CONF: conf };
  const node = hostname().split('.')[0]!;
  const nCpus = cpus().length;
  const run = (
    cmd: string,
    args: string[],
    extraEnv: Record<string, string> = {},
    cwd?: string,
  ) => {
    const r = spawnSync(cmd, args, {
      encoding: 'utf8',
      env: { ...env, ...extraEnv },
      ...(cwd ? { cwd } : {}),
    });
    if (r.status !== 0)
      throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
    return r.stdout.trim();
  };
  const start = (name: string, cmd: string, args: string[]) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    child.stdout!.on('data', (d) => chunks.push(String(d)));
    child.stderr!.on('data', (d) => chunks.push(String(d)));
    child.on('exit', () => writeFileSync(join(dir, `${name}.out`), chunks.join('')));
    daemons.push(child);
  };
  const showJob = (id: string) =>
    spawnSync('scontrol', ['show', 'job', '-o', id], { encoding: 'utf8', env }).stdout;
  const cluster: SlurmCluster = {
    dir,
    env,
    node,
    cpus: nCpus,
    sbatch: (args, extraEnv = {}, cwd) =>
      run('sbatch', ['--parsable', ...args], extraEnv, cwd).split(';')[0]!,
    job(id) {
      const out: Record<string, string> = {};
      for (const m of showJob(id).matchAll(/(\w+)=(\S*)/g)) out[m[1]!] ??= m[2]!;
      return out;
    },
    arrayStates: (id) => [...showJob(id).matchAll(/JobState=(\S+)/g)].map((m) => m[1]!),
    waitJob: (id, ms) =>
      waitFor(`job ${id}`, ms, () => {
        const s = cluster.arrayStates(id);
        return s.length && s.every((x) => !UNFINISHED.includes(x)) ? s : undefined;
      }),
    logs(chars = 2000) {
      const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').slice(-chars) : '');
      return ['slurmctld.log', 'slurmd.log'].map((f) => `${f}:\n${read(join(dir, f))}`).join('\n');
    },
    async stop() {
      if (daemons.length) spawnSync('scancel', ['--user', 'root'], { env, stdio: 'ignore' });
      // Newest first (slurmd, slurmctld, munged), by PID; then force.
      for (const child of [...daemons].reverse()) if (child.exitCode === null) child.kill();
      const end = Date.now() + 10_000;
      while (daemons.some((c) => c.exitCode === null && c.signalCode === null)) {
        if (Date.now() > end) {
          for (const c of daemons) c.kill('SIGKILL');
          break;
        }
        await sleep(100);
      }
    },
  };
  try {
    chmodSync(dir, 0o755);
    for (const d of ['munge', 'state', 'spool']) mkdirSync(join(dir, d));
    const socket = join(dir, 'munge', 'munge.socket');
    const key = join(dir, 'munge', 'munge.key');
    run('mungekey', ['--create', `--keyfile=${key}`]);
    chmodSync(key, 0o600);
    start('munged', 'munged', [
      '--foreground',
      '--force',
      `--socket=${socket}`,
      `--key-file=${key}`,
      `--pid-file=${join(dir, 'munge', 'munged.pid')}`,
      `--log-file=${join(dir, 'munge', 'munged.log')}`,
      `--seed-file=${join(dir, 'munge', 'munged.seed')}`,
    ]);
    await waitFor('the munge socket', 10_000, () => (existsSync(socket) ? true : undefined));
    const [ctldPort, dPort] = [await freePort(), await freePort()];
    // slurmd refuses a node configured with more memory than it has.
    const realMemory = Math.floor((totalmem() / 2 ** 20) * 0.9);
    writeFileSync(
      conf,
      [
        'ClusterName=carecap',
        `SlurmctldHost=${node}(127.0.0.1)`,
        'SlurmUser=root',
        'SlurmdUser=root',
        `SlurmctldPort=${ctldPort}`,
        `SlurmdPort=${dPort}`,
        'AuthType=auth/munge',
        'CredType=cred/munge',
        `AuthInfo=socket=${socket}`,
        `StateSaveLocation=${join(dir, 'state')}`,
        `SlurmdSpoolDir=${join(dir, 'spool')}`,
        `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
        `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
        `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_CPU',
        'SchedulerType=sched/builtin',
        'SchedulerParameters=sched_interval=1',
        'ReturnToService=2',
        'MpiDefault=none',
        'JobCompType=jobcomp/none',
        'AccountingStorageType=accounting_storage/none',
        'JobAcctGatherType=jobacct_gather/none',
        'SwitchType=switch/none',
        'MailProg=/bin/true',
        `NodeName=${node} NodeAddr=127.0.0.1 CPUs=${nCpus} RealMemory=${realMemory} State=UNKNOWN`,
        `PartitionName=local Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
        '',
      ].join('\n'),
    );
    start('slurmctld', 'slurmctld', ['-D', '-f', conf]);
    start('slurmd', 'slurmd', ['-D', '-f', conf, '-N', node]);
    await waitFor('the node to be idle', 30_000, () => {
      const r = spawnSync('sinfo', ['-h', '-o', '%T'], { encoding: 'utf8', env });
      return r.stdout.trim() === 'idle' ? true : undefined;
    });
    return cluster;
  } catch (e) {
    await cluster.stop();
    throw e;
  }
}

/**
 * Submits a sweep as docs/cluster.md does: examples/cluster/sweep-array.sbatch as an array of 4
 * tasks of 1 CPU (GRID and RUN exported), then sweep-merge.sbatch with
 * --dependency=afterok on the array (cancelled if a task fails). Logs go to `logs`, as
 * array_JOB_TASK.out and merge_JOB.out. Returns both job ids.
 */
export function submitSweep(
  cluster: SlurmCluster,
  o: { grid: string; run: string; logs: string; mem: string; repo: string },
): { array: string; merge: string } {
  const array = cluster.sbatch(
    [
      '--array=0-3',
      '--cpus-per-task=1',
      `--mem=${o.mem}`,
      `--output=${o.logs}/array_%A_%a.out`,
      'examples/cluster/sweep-array.sbatch',
    ],
    { GRID: o.grid, RUN: o.run },
    o.repo,
  );
  const merge = cluster.sbatch(
    [
      `--dependency=afterok:${array}`,
      '--kill-on-invalid-dep=yes',
      `--output=${o.logs}/merge_%j.out`,
      'examples/cluster/sweep-merge.sbatch',
    ],
    { RUN: o.run },
    o.repo,
  );
  return { array, merge };
}
