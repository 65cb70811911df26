// England's nine regions: share of the 65+ population, home ownership, house prices, household
// wealth and care-home fee levels. Region order matches src/model/councils/councils.ts.

/** One English region (ONS, former Government Office Regions). */
export interface RegionData {
  name: string;
  /** ONS code. */
  code: string;
  /** Share of England's people aged 65+, 2021 [M: Census 2021 by region, rounded]. */
  share65: number;
  /**
   * Share of households with a reference person aged 65+ that own their home, outright or with
   * a mortgage [M: Census 2021 tenure by age, rounded; England ≈ 75–77%; the North East has the
   * most older social renters].
   */
  ownership65: number;
  /** Average house price, £, 2022 [M: UK House Price Index, annual average, rounded]. */
  housePrice: number;
  /**
   * Median household total wealth, £, April 2020 – March 2022 [V South East £489,800 and North
   * East £179,900, ONS Wealth and Assets Survey (MODEL.md §4); other regions M, same release].
   */
  medianWealth: number;
  /**
   * Council care-home rate relative to England [M: ASC-FR 2022-23 unit costs by region, rounded],
   * normalised in src/model/population/feeTable.ts so the 65+-weighted mean is 1.
   */
  feeRatio: number;
}

/** Median household total wealth in Great Britain, £, 2020–22 [M: ONS WAS, ≈ £302,500]. */
export const ENGLAND_MEDIAN_WEALTH = 302_500;

/** The nine regions in ONS order (index = `region` column of the population). */
export const REGIONS: readonly RegionData[] = [
  {
    name: 'North East',
    code: 'E12000001',
    share65: 0.053,
    ownership65: 0.67,
    housePrice: 160_000,
    medianWealth: 179_900,
    feeRatio: 0.88,
  },
  {
    name: 'North West',
    code: 'E12000002',
    share65: 0.133,
    ownership65: 0.76,
    housePrice: 215_000,
    medianWealth: 245_000,
    feeRatio: 0.9,
  },
  {
    name: 'Yorkshire and the Humber',
    code: 'E12000003',
    share65: 0.098,
    ownership65: 0.75,
    housePrice: 210_000,
    medianWealth: 240_000,
    feeRatio: 0.9,
  },
  {
    name: 'East Midlands',
    code: 'E12000004',
    share65: 0.091,
    ownership65: 0.8,
    housePrice: 250_000,
    medianWealth: 300_000,
    feeRatio: 0.93,
  },
  {
    name: 'West Midlands',
    code: 'E12000005',
    share65: 0.105,
    ownership65: 0.76,
    housePrice: 255_000,
    medianWealth: 270_000,
    feeRatio: 0.95,
  },
  {
    name: 'East of England',
    code: 'E12000006',
    share65: 0.121,
    ownership65: 0.79,
    housePrice: 355_000,
    medianWealth: 430_000,
    feeRatio: 1.05,
  },
  {
    name: 'London',
    code: 'E12000007',
    share65: 0.103,
    ownership65: 0.62,
    housePrice: 535_000,
    medianWealth: 310_000,
    feeRatio: 1.1,
  },
  {
    name: 'South East',
    code: 'E12000008',
    share65: 0.171,
    ownership65: 0.8,
    housePrice: 400_000,
    medianWealth: 489_800,
    feeRatio: 1.1,
  },
  {
    name: 'South West',
    code: 'E12000009',
    share65: 0.125,
    ownership65: 0.8,
    housePrice: 325_000,
    medianWealth: 410_000,
    feeRatio: 1.04,
  },
];

/** Region index by name, e.g. REGION_INDEX['South East'] === 7. */
export const REGION_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  REGIONS.map((r, i) => [r.name, i]),
);
