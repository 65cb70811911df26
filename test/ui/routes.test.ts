// Routes read by the entry script before the app loads: which pages show the explorer's main
// run (and so start the engine's workers at once).
import { describe, expect, it } from 'vitest';
import { ROUTES_WITHOUT_MAIN_RUN, showsMainRun, splitHash } from '../../src/ui/routes.ts';

describe('routes', () => {
  it('splits a hash into route and query', () => {
    expect(splitHash('#/spending?v=1&s=abc')).toEqual({ route: 'spending', query: 'v=1&s=abc' });
    expect(splitHash('#/person')).toEqual({ route: 'person', query: '' });
    expect(splitHash('')).toEqual({ route: '', query: '' });
  });

  it('explorer pages show the main run; the calculator and Trade-offs do not', () => {
    for (const h of [
      '',
      '#/',
      '#/overview',
      '#/spending?v=1',
      '#/self-funders',
      '#/personal-budgets',
    ])
      expect(showsMainRun(h), h).toBe(true);
    for (const h of ['#/person', '#/trade-offs?v=1&s=x', '#/councils'])
      expect(showsMainRun(h), h).toBe(false);
  });

  it('an unknown route opens the first explorer page, so it shows the main run', () => {
    expect(showsMainRun('#/no-such-page')).toBe(true);
    expect(ROUTES_WITHOUT_MAIN_RUN).not.toContain('overview');
  });
});
