// The service worker's crawl (public/sw.js) follows only names that are files of the app: the
// quoted `manifest.json` (a file inside the research bundle's zip) and url(e) (a call in a
// script) made two 404 requests on every install.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

type References = (text: string, type: string) => string[];

function loadReferences(): References {
  const sandbox: Record<string, unknown> = {
    self: { location: { href: 'http://localhost/app/sw.js' }, addEventListener: () => undefined },
    URL,
  };
  runInNewContext(
    `${readFileSync('public/sw.js', 'utf8')}\nthis.references = references;`,
    sandbox,
  );
  return sandbox.references as References;
}

describe('service worker: files named by the app', () => {
  const references = loadReferences();
  const js = 'text/javascript; charset=utf-8';

  it('a script’s hashed chunks and workers, and relative paths, are followed', () => {
    const text =
      'import("./index-CNueBulM.js");new Worker(new URL(`engine.worker-BVPkMdST.js`,import.meta.url));' +
      'const a="./boot-538_8abf.css", b=`../assets/bundle-C89b5tZD.js`;';
    expect(references(text, js)).toEqual([
      './index-CNueBulM.js',
      'engine.worker-BVPkMdST.js',
      './boot-538_8abf.css',
      '../assets/bundle-C89b5tZD.js',
    ]);
  });

  it('a bare name inside a string and a url(…) call in a script are not files to fetch', () => {
    const text =
      'zip.add(`manifest.json`, m); function f(e){return url(e)}; const x = "data.json";';
    expect(references(text, js)).toEqual([]);
  });

  it('a stylesheet’s url(…) is followed; a page’s src and href', () => {
    expect(new Set(references('a{background:url("./img-AbCdEf12.png")}', 'text/css'))).toEqual(
      new Set(['./img-AbCdEf12.png']),
    );
    expect(
      references(
        '<script src="./assets/index-CNueBulM.js"></script><link href="./a.css">',
        'text/html',
      ),
    ).toEqual(['./assets/index-CNueBulM.js', './a.css']);
  });
});
