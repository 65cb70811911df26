import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The app's version and git commit, stamped into run manifests (src/ui/appInfo.ts).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
function gitCommit(): string {
  try {
    return execSync('git rev-parse HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

// Relative base so the built app works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  // Component tests run in happy-dom, which is Vite's client environment: mount Svelte's browser
  // build there (the node tests use the ssr environment, whose conditions this leaves alone).
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __APP_COMMIT__: JSON.stringify(gitCommit()),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
  },
});
