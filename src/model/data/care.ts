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

/**
 * Calibrated transition intensities. Method: the shapes (which moves exist, their age slopes)
 * come from the literature cited per field; the levels were fitted jointly by Nelder–Mead
 * (one replicate, seed "tune": 0.5% stock and 20,000 65-year-olds; then polished on seed
 * "tune2": 1% stock, 30,000) to keep every MODEL.md §4 target inside its tolerance and as near
 * its published value as the model allows — chiefly the Dilnot lifetime-cost shares (< £1k ≈25%,
 * ≤ £20k ≈50%, ≤ £35k ≈67%, > £100k ≈10%), the 65+ care-home share (2.5%), the mean care-home
 * stay (≈2.5 yr), the council-funded 65+ count (559,220), 65+ spend (£7.8 bn 2020-21, £10.8 bn
 * 2023-24) and the self-funder shares (ONS 2022-23). Home-care hours were fixed first
 * (src/model/data/careFees.ts). Values are rounded to two or three significant figures and
 * `npm run calibrate` shows the result on other seeds. Re-fit them together if one changes.
 * Trade-offs the fit could not remove: the Dilnot ≤ £20k/≤ £35k shares sit 4–5 points high and
 * the care-home share 0.5 points high (more care-home time lowers the first and raises the
 * second), and stays are 0.2 yr short.
 */
export const CARE_PARAMS: CareParams = {
  // Onset of needs rises steeply with age and is concentrated in the last years of life [M: ELSA
  // ADL-limitation incidence; Kingston et al., Lancet 2017 (PACSim/CFAS): years with high
  // dependency cluster before death]. Level fitted to the Dilnot < £1k share (≈25% never use
  // formal care); the 20%/yr slope (doubling every 3.5 years) to the Census age profile of care.
  // Direct admissions to a care home (e.g. from hospital) are a minority of entries [M].
  onset: {
    low: { at65: 0.0041, perYear: 0.2 },
    high: { at65: 0.00049, perYear: 0.2 },
    residential: { at65: 0.00039, perYear: 0.14 },
    nursing: { at65: 0.00019, perYear: 0.14 },
  },
  // Many low-level home-care spells end within a year (reablement, recovery) [M: SALT ST-Max
  // outcomes: most episodes for 65+ end with no or lower ongoing need]: recovery fitted to the
  // Dilnot ≤ £20k share and the council-funded 65+ count. Moves on to heavier care and care homes
  // grow with age; admission levels fitted to the 65+ care-home share (Census 2021, 2.5%) and its
  // age profile (≈3–4% at 80–84, ≈20% at 90+ [V2: Census 2021 via The Business of Age]).
  fromLow: {
    recover: 0.86,
    toHigh: { at65: 0.095, perYear: 0.03 },
    toResidential: { at65: 0.014, perYear: 0.06 },
    toNursing: { at65: 0.0047, perYear: 0.06 },
  },
  fromHigh: {
    toLow: 0.065,
    toResidential: { at65: 0.056, perYear: 0.04 },
    toNursing: { at65: 0.038, perYear: 0.04 },
  },
  // About one resident in twelve a year moves from residential to nursing care [M: PSSRU
  // care-home surveys]; not fitted.
  residentialToNursing: 0.08,
  // Care-home mortality fitted to the mean stay (≈2.5 yr [V2]; one in three residents dies within a
  // year of admission [M: BUPA/LSE 2011]); nursing above residential. High-intensity home care at
  // old ages is largely end-of-life care, so its excess mortality grows with age like mortality
  // itself (9%/yr); level fitted to the > £100k and ≤ £35k Dilnot shares.
  excessMortality: {
    low: { at65: 0.0051, perYear: 0.09 },
    high: { at65: 0.125, perYear: 0.09 },
    residential: { at65: 0.38, perYear: -0.01 },
    nursing: { at65: 0.66, perYear: -0.01 },
  },
  // Women report more difficulty with daily activities than men of the same age [M: ELSA]; not
  // fitted.
  femaleNeedRatio: 1.2,
  // Non-owners enter care earlier and more often than owners of the same age and sex [M: Grundy &
  // Jitlal, Age and Ageing 2007: renters' higher rates of moves to institutional care; odds
  // ratios of roughly 1.5–2]. Set at 1.6 within that range: the value (of 1.2–2.5 tried) that put
  // the self-funder shares of 65+ and all-age care-home residents nearest their ONS values.
  renterNeedRatio: 1.6,
  // Working-age adults in long-term care mostly stay in their setting for years [M: SALT 18–64
  // long-term support is stable]; low rates of moving on; excess mortality [M]. Not fitted.
  workingAge: {
    lowToHigh: 0.03,
    highToResidential: 0.02,
    lowToResidential: 0.01,
    residentialToNursing: 0.02,
    excessMortality: { low: 0.005, high: 0.01, residential: 0.02, nursing: 0.04 },
  },
};
