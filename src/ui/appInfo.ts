// The app's version and git commit, injected at build time by vite.config.ts (`define`), for
// the manifests of exported runs.

declare const __APP_VERSION__: string;
declare const __APP_COMMIT__: string;

/** package.json `version` and `git rev-parse HEAD` at build time ('unknown' outside a build). */
export const appInfo: { version: string; commit: string } = {
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown',
  commit: typeof __APP_COMMIT__ === 'string' && __APP_COMMIT__ ? __APP_COMMIT__ : 'unknown',
};
