// The 152 English councils with adult social services responsibilities in 2010 (27 counties,
// 55 unitaries, 36 metropolitan districts, 32 London boroughs, the City of London, Isles of Scilly).
/** The nine English regions (ONS, former Government Office Regions). */
export const regions = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;
export type Region = (typeof regions)[number];

/** Kind of authority, as constituted from April 2009 to March 2019 (before BCP and Dorset). */
export type CouncilType = 'county' | 'unitary' | 'metropolitan' | 'londonBorough' | 'sui generis';

/** A council with social services responsibilities (a CASSR), as in 2010. */
export interface Council {
  /** Index into `councils`, 0…151; stable, used as a random-stream key. */
  id: number;
  /** Lower-case, hyphenated name, e.g. "kingston-upon-hull"; stable across releases. */
  slug: string;
  name: string;
  region: Region;
  type: CouncilType;
  /**
   * People aged 65+ (2021), persons. Rough per-council figures, scaled so England totals
   * 10.4 m [V: Census 2021 England total; per-council values [M], ±10% typical].
   */
  population65: number;
  /**
   * Adults on ongoing community-based services in 2010 on the National Indicator 130 basis,
   * persons. Shares ∝ population65 × a need index by type (London 1.3, metropolitan 1.2,
   * unitary 1.0, county 0.85) [M]; scaled so England totals 1.5 m [V2: Audit Commission 2010
   * "some 1.5m potential service users", seed 004]. ADASS counts ≈1.0 m (seeds 002, 003).
   */
  eligibleUsers2010: number;
}

/** [slug, name, region, type, population65 (persons, 2021), eligibleUsers2010 (persons, NI130)]. */
type CouncilRow = readonly [string, string, Region, CouncilType, number, number];

// Per-council values [M]: see `Council` for method and national sources.
const councilRows: readonly CouncilRow[] = [
  ['darlington', 'Darlington', 'North East', 'unitary', 22_700, 3_280],
  ['county-durham', 'County Durham', 'North East', 'unitary', 113_300, 16_400],
  ['hartlepool', 'Hartlepool', 'North East', 'unitary', 18_200, 2_640],
  ['middlesbrough', 'Middlesbrough', 'North East', 'unitary', 22_700, 3_280],
  ['northumberland', 'Northumberland', 'North East', 'unitary', 79_800, 11_550],
  ['redcar-and-cleveland', 'Redcar and Cleveland', 'North East', 'unitary', 30_600, 4_420],
  ['stockton-on-tees', 'Stockton-on-Tees', 'North East', 'unitary', 36_500, 5_280],
  ['gateshead', 'Gateshead', 'North East', 'metropolitan', 38_400, 6_670],
  ['newcastle-upon-tyne', 'Newcastle upon Tyne', 'North East', 'metropolitan', 44_400, 7_700],
  ['north-tyneside', 'North Tyneside', 'North East', 'metropolitan', 42_400, 7_360],
  ['south-tyneside', 'South Tyneside', 'North East', 'metropolitan', 30_600, 5_300],
  ['sunderland', 'Sunderland', 'North East', 'metropolitan', 54_200, 9_410],
  ['blackburn-with-darwen', 'Blackburn with Darwen', 'North West', 'unitary', 21_700, 3_140],
  ['blackpool', 'Blackpool', 'North West', 'unitary', 28_600, 4_140],
  ['cheshire-east', 'Cheshire East', 'North West', 'unitary', 90_700, 13_120],
  [
    'cheshire-west-and-chester',
    'Cheshire West and Chester',
    'North West',
    'unitary',
    76_900,
    11_120,
  ],
  ['halton', 'Halton', 'North West', 'unitary', 22_700, 3_280],
  ['warrington', 'Warrington', 'North West', 'unitary', 39_400, 5_700],
  ['cumbria', 'Cumbria', 'North West', 'county', 123_200, 15_150],
  ['lancashire', 'Lancashire', 'North West', 'county', 256_200, 31_510],
  ['bolton', 'Bolton', 'North West', 'metropolitan', 50_300, 8_730],
  ['bury', 'Bury', 'North West', 'metropolitan', 34_500, 5_990],
  ['manchester', 'Manchester', 'North West', 'metropolitan', 49_300, 8_560],
  ['oldham', 'Oldham', 'North West', 'metropolitan', 37_500, 6_500],
  ['rochdale', 'Rochdale', 'North West', 'metropolitan', 36_500, 6_330],
  ['salford', 'Salford', 'North West', 'metropolitan', 35_500, 6_160],
  ['stockport', 'Stockport', 'North West', 'metropolitan', 59_100, 10_270],
  ['tameside', 'Tameside', 'North West', 'metropolitan', 39_400, 6_840],
  ['trafford', 'Trafford', 'North West', 'metropolitan', 39_400, 6_840],
  ['wigan', 'Wigan', 'North West', 'metropolitan', 62_100, 10_780],
  ['knowsley', 'Knowsley', 'North West', 'metropolitan', 25_600, 4_450],
  ['liverpool', 'Liverpool', 'North West', 'metropolitan', 68_000, 11_810],
  ['st-helens', 'St Helens', 'North West', 'metropolitan', 37_500, 6_500],
  ['sefton', 'Sefton', 'North West', 'metropolitan', 66_000, 11_460],
  ['wirral', 'Wirral', 'North West', 'metropolitan', 71_900, 12_490],
  [
    'east-riding-of-yorkshire',
    'East Riding of Yorkshire',
    'Yorkshire and the Humber',
    'unitary',
    90_700,
    13_120,
  ],
  [
    'kingston-upon-hull',
    'Kingston upon Hull',
    'Yorkshire and the Humber',
    'unitary',
    39_400,
    5_700,
  ],
  [
    'north-east-lincolnshire',
    'North East Lincolnshire',
    'Yorkshire and the Humber',
    'unitary',
    32_500,
    4_710,
  ],
  [
    'north-lincolnshire',
    'North Lincolnshire',
    'Yorkshire and the Humber',
    'unitary',
    36_500,
    5_280,
  ],
  ['york', 'York', 'Yorkshire and the Humber', 'unitary', 37_500, 5_420],
  ['north-yorkshire', 'North Yorkshire', 'Yorkshire and the Humber', 'county', 151_800, 18_670],
  ['barnsley', 'Barnsley', 'Yorkshire and the Humber', 'metropolitan', 48_300, 8_380],
  ['doncaster', 'Doncaster', 'Yorkshire and the Humber', 'metropolitan', 58_100, 10_100],
  ['rotherham', 'Rotherham', 'Yorkshire and the Humber', 'metropolitan', 52_200, 9_070],
  ['sheffield', 'Sheffield', 'Yorkshire and the Humber', 'metropolitan', 87_700, 15_230],
  ['bradford', 'Bradford', 'Yorkshire and the Humber', 'metropolitan', 80_800, 14_030],
  ['calderdale', 'Calderdale', 'Yorkshire and the Humber', 'metropolitan', 39_400, 6_840],
  ['kirklees', 'Kirklees', 'Yorkshire and the Humber', 'metropolitan', 73_900, 12_830],
  ['leeds', 'Leeds', 'Yorkshire and the Humber', 'metropolitan', 120_200, 20_880],
  ['wakefield', 'Wakefield', 'Yorkshire and the Humber', 'metropolitan', 67_000, 11_640],
  ['derby', 'Derby', 'East Midlands', 'unitary', 41_400, 5_990],
  ['leicester', 'Leicester', 'East Midlands', 'unitary', 43_400, 6_270],
  ['nottingham', 'Nottingham', 'East Midlands', 'unitary', 36_500, 5_280],
  ['rutland', 'Rutland', 'East Midlands', 'unitary', 10_800, 1_570],
  ['derbyshire', 'Derbyshire', 'East Midlands', 'county', 177_400, 21_820],
  ['leicestershire', 'Leicestershire', 'East Midlands', 'county', 152_800, 18_790],
  ['lincolnshire', 'Lincolnshire', 'East Midlands', 'county', 187_300, 23_030],
  ['northamptonshire', 'Northamptonshire', 'East Midlands', 'county', 147_800, 18_180],
  ['nottinghamshire', 'Nottinghamshire', 'East Midlands', 'county', 172_500, 21_210],
  ['herefordshire', 'Herefordshire', 'West Midlands', 'unitary', 48_300, 6_990],
  ['shropshire', 'Shropshire', 'West Midlands', 'unitary', 81_800, 11_840],
  ['stoke-on-trent', 'Stoke-on-Trent', 'West Midlands', 'unitary', 43_400, 6_270],
  ['telford-and-wrekin', 'Telford and Wrekin', 'West Midlands', 'unitary', 31_500, 4_560],
  ['staffordshire', 'Staffordshire', 'West Midlands', 'county', 197_100, 24_240],
  ['warwickshire', 'Warwickshire', 'West Midlands', 'county', 123_200, 15_150],
  ['worcestershire', 'Worcestershire', 'West Midlands', 'county', 138_000, 16_970],
  ['birmingham', 'Birmingham', 'West Midlands', 'metropolitan', 147_800, 25_670],
  ['coventry', 'Coventry', 'West Midlands', 'metropolitan', 46_300, 8_040],
  ['dudley', 'Dudley', 'West Midlands', 'metropolitan', 65_000, 11_290],
  ['sandwell', 'Sandwell', 'West Midlands', 'metropolitan', 49_300, 8_560],
  ['solihull', 'Solihull', 'West Midlands', 'metropolitan', 45_300, 7_870],
  ['walsall', 'Walsall', 'West Midlands', 'metropolitan', 48_300, 8_380],
  ['wolverhampton', 'Wolverhampton', 'West Midlands', 'metropolitan', 43_400, 7_530],
  ['bedford', 'Bedford', 'East of England', 'unitary', 32_500, 4_710],
  ['central-bedfordshire', 'Central Bedfordshire', 'East of England', 'unitary', 54_200, 7_840],
  ['luton', 'Luton', 'East of England', 'unitary', 26_600, 3_850],
  ['peterborough', 'Peterborough', 'East of England', 'unitary', 32_500, 4_710],
  ['southend-on-sea', 'Southend-on-Sea', 'East of England', 'unitary', 35_500, 5_130],
  ['thurrock', 'Thurrock', 'East of England', 'unitary', 24_600, 3_560],
  ['cambridgeshire', 'Cambridgeshire', 'East of England', 'county', 126_200, 15_510],
  ['essex', 'Essex', 'East of England', 'county', 325_200, 40_000],
  ['hertfordshire', 'Hertfordshire', 'East of England', 'county', 211_900, 26_060],
  ['norfolk', 'Norfolk', 'East of England', 'county', 226_700, 27_880],
  ['suffolk', 'Suffolk', 'East of England', 'county', 180_400, 22_180],
  ['city-of-london', 'City of London', 'London', 'sui generis', 1_300, 190],
  ['barking-and-dagenham', 'Barking and Dagenham', 'London', 'londonBorough', 18_700, 3_520],
  ['barnet', 'Barnet', 'London', 'londonBorough', 57_200, 10_750],
  ['bexley', 'Bexley', 'London', 'londonBorough', 41_400, 7_790],
  ['brent', 'Brent', 'London', 'londonBorough', 41_400, 7_790],
  ['bromley', 'Bromley', 'London', 'londonBorough', 59_100, 11_120],
  ['camden', 'Camden', 'London', 'londonBorough', 25_600, 4_820],
  ['croydon', 'Croydon', 'London', 'londonBorough', 49_300, 9_270],
  ['ealing', 'Ealing', 'London', 'londonBorough', 44_400, 8_340],
  ['enfield', 'Enfield', 'London', 'londonBorough', 43_400, 8_160],
  ['greenwich', 'Greenwich', 'London', 'londonBorough', 27_600, 5_190],
  ['hackney', 'Hackney', 'London', 'londonBorough', 18_700, 3_520],
  ['hammersmith-and-fulham', 'Hammersmith and Fulham', 'London', 'londonBorough', 19_700, 3_710],
  ['haringey', 'Haringey', 'London', 'londonBorough', 26_600, 5_010],
  ['harrow', 'Harrow', 'London', 'londonBorough', 40_400, 7_600],
  ['havering', 'Havering', 'London', 'londonBorough', 47_300, 8_900],
  ['hillingdon', 'Hillingdon', 'London', 'londonBorough', 39_400, 7_420],
  ['hounslow', 'Hounslow', 'London', 'londonBorough', 32_500, 6_120],
  ['islington', 'Islington', 'London', 'londonBorough', 19_700, 3_710],
  ['kensington-and-chelsea', 'Kensington and Chelsea', 'London', 'londonBorough', 23_700, 4_450],
  ['kingston-upon-thames', 'Kingston upon Thames', 'London', 'londonBorough', 23_700, 4_450],
  ['lambeth', 'Lambeth', 'London', 'londonBorough', 25_600, 4_820],
  ['lewisham', 'Lewisham', 'London', 'londonBorough', 29_600, 5_560],
  ['merton', 'Merton', 'London', 'londonBorough', 27_600, 5_190],
  ['newham', 'Newham', 'London', 'londonBorough', 24_600, 4_630],
  ['redbridge', 'Redbridge', 'London', 'londonBorough', 39_400, 7_420],
  ['richmond-upon-thames', 'Richmond upon Thames', 'London', 'londonBorough', 31_500, 5_930],
  ['southwark', 'Southwark', 'London', 'londonBorough', 25_600, 4_820],
  ['sutton', 'Sutton', 'London', 'londonBorough', 32_500, 6_120],
  ['tower-hamlets', 'Tower Hamlets', 'London', 'londonBorough', 17_700, 3_340],
  ['waltham-forest', 'Waltham Forest', 'London', 'londonBorough', 28_600, 5_380],
  ['wandsworth', 'Wandsworth', 'London', 'londonBorough', 29_600, 5_560],
  ['westminster', 'Westminster', 'London', 'londonBorough', 26_600, 5_010],
  ['bracknell-forest', 'Bracknell Forest', 'South East', 'unitary', 18_700, 2_710],
  ['brighton-and-hove', 'Brighton and Hove', 'South East', 'unitary', 37_500, 5_420],
  ['isle-of-wight', 'Isle of Wight', 'South East', 'unitary', 40_400, 5_850],
  ['medway', 'Medway', 'South East', 'unitary', 43_400, 6_270],
  ['milton-keynes', 'Milton Keynes', 'South East', 'unitary', 39_400, 5_700],
  ['portsmouth', 'Portsmouth', 'South East', 'unitary', 29_600, 4_280],
  ['reading', 'Reading', 'South East', 'unitary', 20_700, 2_990],
  ['slough', 'Slough', 'South East', 'unitary', 15_800, 2_280],
  ['southampton', 'Southampton', 'South East', 'unitary', 32_500, 4_710],
  ['west-berkshire', 'West Berkshire', 'South East', 'unitary', 31_500, 4_560],
  ['windsor-and-maidenhead', 'Windsor and Maidenhead', 'South East', 'unitary', 28_600, 4_140],
  ['wokingham', 'Wokingham', 'South East', 'unitary', 31_500, 4_560],
  ['buckinghamshire', 'Buckinghamshire', 'South East', 'county', 105_500, 12_970],
  ['east-sussex', 'East Sussex', 'South East', 'county', 145_900, 17_940],
  ['hampshire', 'Hampshire', 'South East', 'county', 305_500, 37_570],
  ['kent', 'Kent', 'South East', 'county', 315_400, 38_790],
  ['oxfordshire', 'Oxfordshire', 'South East', 'county', 130_100, 16_000],
  ['surrey', 'Surrey', 'South East', 'county', 224_700, 27_640],
  ['west-sussex', 'West Sussex', 'South East', 'county', 207_000, 25_450],
  [
    'bath-and-north-east-somerset',
    'Bath and North East Somerset',
    'South West',
    'unitary',
    36_500,
    5_280,
  ],
  ['bournemouth', 'Bournemouth', 'South West', 'unitary', 34_500, 4_990],
  ['bristol', 'Bristol', 'South West', 'unitary', 60_100, 8_700],
  ['cornwall', 'Cornwall', 'South West', 'unitary', 145_900, 21_100],
  ['isles-of-scilly', 'Isles of Scilly', 'South West', 'sui generis', 500, 70],
  ['north-somerset', 'North Somerset', 'South West', 'unitary', 51_200, 7_420],
  ['plymouth', 'Plymouth', 'South West', 'unitary', 47_300, 6_840],
  ['poole', 'Poole', 'South West', 'unitary', 35_500, 5_130],
  ['south-gloucestershire', 'South Gloucestershire', 'South West', 'unitary', 54_200, 7_840],
  ['swindon', 'Swindon', 'South West', 'unitary', 36_500, 5_280],
  ['torbay', 'Torbay', 'South West', 'unitary', 37_500, 5_420],
  ['wiltshire', 'Wiltshire', 'South West', 'unitary', 115_300, 16_680],
  ['devon', 'Devon', 'South West', 'county', 215_800, 26_540],
  ['dorset', 'Dorset', 'South West', 'county', 128_100, 15_760],
  ['gloucestershire', 'Gloucestershire', 'South West', 'county', 140_000, 17_210],
  ['somerset', 'Somerset', 'South West', 'county', 140_900, 17_330],
];

/** All 152 councils of 2010, ordered by region then type; `councils2010[i].id === i`. */
export const councils2010: readonly Council[] = Object.freeze(
  councilRows.map(([slug, name, region, type, population65, eligibleUsers2010], id) =>
    Object.freeze({ id, slug, name, region, type, population65, eligibleUsers2010 }),
  ),
);

/**
 * The 2010 list under its former name, for the personal-budget model and back-test; today's
 * councils (April 2023 boundaries) are `councils2023` in src/model/data/councils2023.ts.
 */
export const councils = councils2010;

/** Looks a 2010 council up by slug; undefined when there is none. */
export function councilBySlug(slug: string): Council | undefined {
  return councils2010.find((c) => c.slug === slug);
}
