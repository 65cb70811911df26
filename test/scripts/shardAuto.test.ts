// `--shard auto`: Slurm array tasks (any first id, with a step) and Kubernetes Indexed Jobs map
// onto shards 1..n; gaps, missing counts and contradictions are refused with one message.
import { describe, expect, it } from 'vitest';
import { parseShardFlag, shardFromEnv } from '../../src/cli/shardAuto.ts';
import { parseSimulateArgs } from '../../src/cli/simulateArgs.ts';

const slurm = (id: number, min: number, max: number, count: number, step?: number) => ({
  SLURM_ARRAY_TASK_ID: String(id),
  SLURM_ARRAY_TASK_MIN: String(min),
  SLURM_ARRAY_TASK_MAX: String(max),
  SLURM_ARRAY_TASK_COUNT: String(count),
  ...(step !== undefined ? { SLURM_ARRAY_TASK_STEP: String(step) } : {}),
});

const shardOf = (env: Record<string, string>, count?: number) => {
  const r = shardFromEnv(env, count);
  if (!r.ok) throw new Error(r.message);
  return r.shard;
};
const messageOf = (env: Record<string, string>, count?: number) => {
  const r = shardFromEnv(env, count);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.shard)}`);
  return r.message;
};

describe('shardFromEnv: Slurm arrays', () => {
  it('numbers the tasks of --array=0-3 and --array=1-4 as shards 1..4', () => {
    expect([0, 1, 2, 3].map((id) => shardOf(slurm(id, 0, 3, 4)))).toEqual(
      [1, 2, 3, 4].map((index) => ({ index, count: 4 })),
    );
    expect([1, 2, 3, 4].map((id) => shardOf(slurm(id, 1, 4, 4)))).toEqual(
      [1, 2, 3, 4].map((index) => ({ index, count: 4 })),
    );
    expect(shardOf(slurm(7, 7, 7, 1))).toEqual({ index: 1, count: 1 });
  });

  it('follows a step (--array=10-40:10) and works without the count or the step', () => {
    expect([10, 20, 30, 40].map((id) => shardOf(slurm(id, 10, 40, 4, 10)))).toEqual(
      [1, 2, 3, 4].map((index) => ({ index, count: 4 })),
    );
    const noCount = {
      SLURM_ARRAY_TASK_ID: '5',
      SLURM_ARRAY_TASK_MIN: '3',
      SLURM_ARRAY_TASK_MAX: '6',
    };
    expect(shardOf(noCount)).toEqual({ index: 3, count: 4 });
    expect(shardOf({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({
      index: 3,
      count: 3,
    });
  });

  it('refuses arrays with gaps, ids outside the array and bad numbers', () => {
    // --array=1,2,7: 3 tasks between 1 and 7.
    expect(messageOf(slurm(7, 1, 7, 3))).toMatch(/not evenly spaced.*--shard i\/n/);
    expect(messageOf(slurm(9, 0, 3, 4))).toMatch(/outside the array 0-3 of 4 tasks/);
    expect(messageOf({ SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '4' })).toBe(
      '--shard auto: SLURM_ARRAY_TASK_ID is "x"; allowed: a whole number ≥ 0',
    );
    expect(messageOf({ SLURM_ARRAY_TASK_ID: '1' })).toMatch(/neither SLURM_ARRAY_TASK_COUNT/);
    expect(messageOf(slurm(0, 0, 3, 4), 5)).toMatch(/^--shard-count: found 5, but the Slurm/);
  });
});

describe('shardFromEnv: Kubernetes Indexed Jobs', () => {
  it('takes the 0-based index and the count from JOB_COMPLETIONS or --shard-count', () => {
    expect(shardOf({ JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '3' })).toEqual({
      index: 1,
      count: 3,
    });
    expect(shardOf({ JOB_COMPLETION_INDEX: '2' }, 3)).toEqual({ index: 3, count: 3 });
  });

  it('refuses a missing or contradictory count and an index past it', () => {
    expect(messageOf({ JOB_COMPLETION_INDEX: '0' })).toMatch(
      /JOB_COMPLETION_INDEX is set .* --shard-count N or the environment variable JOB_COMPLETIONS/,
    );
    expect(messageOf({ JOB_COMPLETION_INDEX: '3', JOB_COMPLETIONS: '3' })).toMatch(
      /only 3 shards; allowed: 0 to 2/,
    );
    expect(messageOf({ JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '3' }, 4)).toMatch(
      /^--shard-count: found 4, but JOB_COMPLETIONS is 3/,
    );
  });
});

describe('--shard auto on the command line', () => {
  it('says clearly when no scheduler set a shard', () => {
    expect(messageOf({})).toBe(
      '--shard auto: no shard in the environment; allowed: run as a Slurm array task (SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT), a Kubernetes Indexed Job (JOB_COMPLETION_INDEX with --shard-count N or JOB_COMPLETIONS), or give --shard i/n',
    );
    const r = parseSimulateArgs(['--scenario', 'f.json', '--shard', 'auto'], {});
    expect(r.ok).toBe(false);
  });

  it('resolves in parseSimulateArgs from the environment given, and --shard-count needs auto', () => {
    const r = parseSimulateArgs(['--scenario', 'f.json', '--shard', 'auto'], slurm(3, 1, 4, 4));
    expect(r.ok && r.args.shard).toEqual({ index: 3, count: 4 });
    expect(parseShardFlag('2/4', '4', {})).toBe('--shard-count: allowed only with --shard auto');
    expect(parseShardFlag('auto', '0', {})).toMatch(/^--shard-count: found "0"/);
    expect(parseShardFlag('5/4', undefined, {})).toMatch(/^--shard: found "5\/4"/);
  });
});
