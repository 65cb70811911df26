// A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise.
import type { RunProgress } from '../../workers/pool.ts';

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const start = Date.now();
  let lastTenth = -1;
  return {
    update(p: RunProgress, personYears: number): void {
      const f = p.tasksTotal ? p.tasksDone / p.tasksTotal : 1;
      const secs = (Date.now() - start) / 1000;
      const rate = secs > 0 ? personYears / secs / 1e6 : 0;
      const text = `${p.replicatesDone}/${p.replicatesTotal} replicates, ${p.tasksDone}/${p.tasksTotal} tasks, ${secs.toFixed(1)} s, ${rate.toFixed(2)} M person-years/s`;
      if (stream.isTTY) {
        const width = 30;
        const done = Math.round(f * width);
        stream.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${text}`);
        if (f >= 1) stream.write('\n');
      } else if (Math.floor(f * 10) > lastTenth) {
        lastTenth = Math.floor(f * 10);
        stream.write(`${Math.round(f * 100)}% ${text}\n`);
      }
    },
  };
}
