// `--format parquet`: results_tidy.parquet beside the CSVs in a run's output directory, with the
// manifest and results hash in the file's metadata (src/model/export/tidyParquet.ts).

/** File name of the tidy Parquet file in an output directory. */
export const TIDY_PARQUET = 'results_tidy.parquet';
