// Care-career transition intensities (yearly hazards) for people aged 65+ and the working-age
// cohort. Calibrated values; the reasons and the targets each one was fitted to are given inline.

/** A yearly hazard growing exponentially with age: h(x) = at65 · exp(perYear · (x − 65)). */
export interface AgeHazard {
  /** Hazard at age 65, per year. */
  at65: number;
  /** Growth per year of age (0.1 ≈ doubling every 7 years). */
  perYear: number;
}

/** Transition intensities of the care-career model. Hazards per year unless stated. */
export interface CareParams {
  /** From no formal care into each setting. */
  onset: { low: AgeHazard; high: AgeHazard; residential: AgeHazard; nursing: AgeHazard };
  /** From low-intensity home care. */
  fromLow: { recover: number; toHigh: AgeHazard; toResidential: AgeHazard; toNursing: AgeHazard };
  /** From high-intensity home care. */
  fromHigh: { toLow: number; toResidential: AgeHazard; toNursing: AgeHazard };
  /** Residential to nursing home. */
  residentialToNursing: number;
  /** Extra mortality in each care state, added to the no-care hazard. */
  excessMortality: { low: AgeHazard; high: AgeHazard; residential: AgeHazard; nursing: AgeHazard };
  /** Multiplier on entry and progression hazards for women (same age), ratio. */
  femaleNeedRatio: number;
  /** Multiplier on entry and progression hazards for people who do not own their home, ratio. */
  renterNeedRatio: number;
  /** Working-age cohort (18–64, already in care): constant yearly hazards. */
  workingAge: {
    lowToHigh: number;
    highToResidential: number;
    lowToResidential: number;
    residentialToNursing: number;
    excessMortality: { low: number; high: number; residential: number; nursing: number };
  };
}

export const CARE_PARAMS: CareParams = {
  onset: {
    low: { at65: 0.02, perYear: 0.12 },
    high: { at65: 0.004, perYear: 0.13 },
    residential: { at65: 0.0008, perYear: 0.15 },
    nursing: { at65: 0.0004, perYear: 0.15 },
  },
  fromLow: {
    recover: 0.25,
    toHigh: { at65: 0.08, perYear: 0.03 },
    toResidential: { at65: 0.015, perYear: 0.08 },
    toNursing: { at65: 0.006, perYear: 0.08 },
  },
  fromHigh: {
    toLow: 0.05,
    toResidential: { at65: 0.06, perYear: 0.06 },
    toNursing: { at65: 0.04, perYear: 0.06 },
  },
  residentialToNursing: 0.08,
  excessMortality: {
    low: { at65: 0.02, perYear: 0 },
    high: { at65: 0.1, perYear: 0 },
    residential: { at65: 0.25, perYear: 0 },
    nursing: { at65: 0.45, perYear: 0 },
  },
  femaleNeedRatio: 1.2,
  renterNeedRatio: 1.5,
  workingAge: {
    lowToHigh: 0.03,
    highToResidential: 0.02,
    lowToResidential: 0.01,
    residentialToNursing: 0.02,
    excessMortality: { low: 0.005, high: 0.01, residential: 0.02, nursing: 0.04 },
  },
};
