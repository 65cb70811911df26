// `--shard auto`: which shard this process is, read from the environment a cluster scheduler sets
// for each task of an array job. A pure function of the environment (no process), so every case
// can be tested.
//
//  - Slurm job arrays (`sbatch --array=…`): SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT,
//    SLURM_ARRAY_TASK_MIN, SLURM_ARRAY_TASK_MAX and SLURM_ARRAY_TASK_STEP. An array may start at
//    any number (`--array=0-3`, `--array=1-4`) and may have a step (`--array=0-30:10`): task ids
//    are mapped onto shards 1..count in order. An array with gaps (`--array=1,2,7`) has no such
//    mapping and is refused.
//  - Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX (0-based). Kubernetes does not tell a pod how
//    many completions its job has, so the count comes from `--shard-count N` or the environment
//    variable JOB_COMPLETIONS (set it in the pod template to the job's `completions`).

export interface Shard {
  /** 1-based, as in `--shard 2/4`. */
  index: number;
  count: number;
}

export type AutoShard = { ok: true; shard: Shard; source: string } | { ok: false; message: string };

/** The environment variables `--shard auto` reads. */
export const SHARD_ENV = {
  slurmId: 'SLURM_ARRAY_TASK_ID',
  slurmCount: 'SLURM_ARRAY_TASK_COUNT',
  slurmMin: 'SLURM_ARRAY_TASK_MIN',
  slurmMax: 'SLURM_ARRAY_TASK_MAX',
  slurmStep: 'SLURM_ARRAY_TASK_STEP',
  k8sIndex: 'JOB_COMPLETION_INDEX',
  k8sCount: 'JOB_COMPLETIONS',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/** A whole number ≥ `min` from the environment, undefined when unset, or the message. */
function envInt(env: Env, name: string, min: number): number | undefined | string {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min)
    return `--shard auto: ${name} is "${v}"; allowed: a whole number ≥ ${min}`;
  return n;
}

function fromSlurm(env: Env, countFlag: number | undefined): AutoShard {
  const read = (name: string, min: number) => envInt(env, name, min);
  const id = read(SHARD_ENV.slurmId, 0);
  const min = read(SHARD_ENV.slurmMin, 0);
  const max = read(SHARD_ENV.slurmMax, 0);
  const step = read(SHARD_ENV.slurmStep, 1);
  let count = read(SHARD_ENV.slurmCount, 1);
  for (const v of [id, min, max, step, count]) if (typeof v === 'string') return fail(v);
  const idN = id as number;
  const lo = (min as number | undefined) ?? 0;
  const st = (step as number | undefined) ?? 1;
  if (max === undefined && count === undefined)
    return fail(
      `--shard auto: ${SHARD_ENV.slurmId} is set but neither ${SHARD_ENV.slurmCount} nor ${SHARD_ENV.slurmMax}; allowed: a Slurm array task (sbatch --array=…)`,
    );
  const hi = (max as number | undefined) ?? lo + ((count as number) - 1) * st;
  count ??= Math.floor((hi - lo) / st) + 1;
  const n = count as number;
  const array = `array ${lo}-${hi}${st > 1 ? `:${st}` : ''} of ${n} task${n === 1 ? '' : 's'}`;
  if (idN < lo || idN > hi)
    return fail(`--shard auto: ${SHARD_ENV.slurmId} ${idN} is outside the ${array}`);
  // Evenly spaced ids lo, lo + st, …, hi map onto shards 1..n; anything else has gaps.
  if (hi - lo !== (n - 1) * st || (idN - lo) % st !== 0)
    return fail(
      `--shard auto: the Slurm ${array} (${SHARD_ENV.slurmId}=${idN}) is not evenly spaced, so task ids cannot be numbered as shards; allowed: a range such as --array=0-3 or --array=1-4, or give --shard i/n yourself`,
    );
  if (countFlag !== undefined && countFlag !== n)
    return fail(
      `--shard-count: found ${countFlag}, but the Slurm array has ${n} tasks; allowed: leave --shard-count out under Slurm`,
    );
  const index = (idN - lo) / st + 1;
  return {
    ok: true,
    shard: { index, count: n },
    source: `Slurm ${SHARD_ENV.slurmId}=${idN} of the ${array}`,
  };
}

function fromKubernetes(env: Env, countFlag: number | undefined): AutoShard {
  const idx = envInt(env, SHARD_ENV.k8sIndex, 0);
  if (typeof idx === 'string') return fail(idx);
  const countEnv = envInt(env, SHARD_ENV.k8sCount, 1);
  if (typeof countEnv === 'string') return fail(countEnv);
  if (countFlag !== undefined && countEnv !== undefined && countFlag !== countEnv)
    return fail(
      `--shard-count: found ${countFlag}, but ${SHARD_ENV.k8sCount} is ${countEnv}; allowed: the same number, or only one of them`,
    );
  const count = countFlag ?? countEnv;
  if (count === undefined)
    return fail(
      `--shard auto: ${SHARD_ENV.k8sIndex} is set (a Kubernetes Indexed Job) but not the number of shards; allowed: --shard-count N or the environment variable ${SHARD_ENV.k8sCount}=N (the job's completions)`,
    );
  const index = (idx as number) + 1;
  if (index > count)
    return fail(
      `--shard auto: ${SHARD_ENV.k8sIndex} is ${idx as number}, but there are only ${count} shards; allowed: 0 to ${count - 1}`,
    );
  return {
    ok: true,
    shard: { index, count },
    source: `Kubernetes ${SHARD_ENV.k8sIndex}=${idx as number} of ${count} completions`,
  };
}

const fail = (message: string): AutoShard => ({ ok: false, message });

/**
 * The shard named by the environment: a Slurm array task, else a Kubernetes Indexed Job's pod.
 * `countFlag` is `--shard-count` (needed for Kubernetes unless JOB_COMPLETIONS is set).
 */
export function shardFromEnv(env: Env, countFlag?: number): AutoShard {
  const has = (name: string) => env[name] !== undefined && env[name] !== '';
  if (has(SHARD_ENV.slurmId)) return fromSlurm(env, countFlag);
  if (has(SHARD_ENV.k8sIndex)) return fromKubernetes(env, countFlag);
  return fail(
    `--shard auto: no shard in the environment; allowed: run as a Slurm array task (${SHARD_ENV.slurmId} with ${SHARD_ENV.slurmCount}), a Kubernetes Indexed Job (${SHARD_ENV.k8sIndex} with --shard-count N or ${SHARD_ENV.k8sCount}), or give --shard i/n`,
  );
}

/**
 * `--shard` (and `--shard-count`) as given on a command line: `i/n` with 1 ≤ i ≤ n, or `auto`
 * (from `env`). The shard, or one message naming the flag.
 */
export function parseShardFlag(
  text: string | undefined,
  countText: string | undefined,
  env: Env,
): { shard?: Shard; source?: string } | string {
  let countFlag: number | undefined;
  if (countText !== undefined) {
    const n = Number(countText);
    if (!/^\d+$/.test(countText) || n < 1 || n > 1_000_000)
      return `--shard-count: found "${countText}"; allowed: a whole number between 1 and 1000000`;
    if (text !== 'auto') return '--shard-count: allowed only with --shard auto';
    countFlag = n;
  }
  if (text === undefined) return {};
  if (text === 'auto') {
    const r = shardFromEnv(env, countFlag);
    return r.ok ? { shard: r.shard, source: r.source } : r.message;
  }
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    return `--shard: found "${text}"; allowed: i/n with 1 ≤ i ≤ n, e.g. 2/4, or auto (from a Slurm array or Kubernetes Indexed Job)`;
  return { shard: { index, count } };
}
