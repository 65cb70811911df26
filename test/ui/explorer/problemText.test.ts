import { describe, expect, it } from 'vitest';
import { fieldName, problemText } from '../../../src/ui/explorer/problemText.ts';

describe('problemText', () => {
  it('names fields as the panel labels them, never by schema path', () => {
    expect(fieldName('arms[1].name')).toBe('Name of Reform 1');
    expect(fieldName('arms[0].name')).toBe('Name of Baseline');
    expect(fieldName('arms')).toBe('Arm names');
    expect(fieldName('arms[2].policy.overrides.cap')).toBe('Reform 2: Lifetime cap');
    expect(fieldName('population')).toBe('Population');
    expect(fieldName('uncertainty.feeGrowth.low')).toBe('Fee growth');
  });
  it('says what was found and what is allowed in a sentence', () => {
    expect(problemText({ path: 'population', found: '5', allowed: 'must be at least 1000' })).toBe(
      'Population: 5 is not allowed; it must be at least 1000.',
    );
  });
});
