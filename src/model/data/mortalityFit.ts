// Mortality inputs: Gompertz–Makeham parameters by sex, fitted to English period life expectancy
// at 65 and 85 (MODEL.md §4). The fit itself is shown in the calibration table.

/** Force of mortality μ(x) = A + B·exp(c·(x − 65)), per year; A is the Makeham (background) term. */
export interface GompertzMakeham {
  /** Age-independent hazard, per year. */
  A: number;
  /** Gompertz hazard at exact age 65, per year. */
  B: number;
  /** Gompertz slope, per year of age (ln 2 / c is the doubling time of mortality). */
  c: number;
}

/**
 * Life expectancy targets used in the fit, years. At 65: mid-points of the ONS period ranges in
 * MODEL.md (men 18.3–19.7, women 20.9–22.0) [V ONS]; at 85: men 5.8, women 6.8 (2010–12) [V ONS].
 */
export const LIFE_EXPECTANCY_TARGETS = {
  male: { at65: 19.0, at85: 5.8 },
  female: { at65: 21.45, at85: 6.8 },
} as const;

/**
 * Fitted parameters, by sex. A = 0.0005/yr is fixed rather than fitted [M: close to English
 * death rates at ages 25–35, ONS National Life Tables]; B and c were fitted by least squares
 * (grid search) so the model's life expectancy at 65 and 85, with deaths half-way through the
 * year, reproduces LIFE_EXPECTANCY_TARGETS to 0.01 yr (test/model/population/gompertzMakeham.test.ts).
 * Mortality doubles every 5.7 years of age for men and 5.3 for women.
 */
export const MORTALITY: Record<'male' | 'female', GompertzMakeham> = {
  male: { A: 0.0005, B: 0.008449, c: 0.120753 },
  female: { A: 0.0005, B: 0.0049869, c: 0.131512 },
};
