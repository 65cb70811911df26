// Web Worker: builds research bundles, tidy CSVs and tidy Parquet files off the page's thread, so a large run's
// export does not freeze the page. No logic here.
import '../../../workers/jitless.ts';
import { expose, transfer } from 'comlink';
import { buildBundle, type BundleInput } from '../../model/export/bundle.ts';
import { tidyBlob } from './tidyBlob.ts';
import { tidyParquet } from '../../model/export/tidyParquet.ts';

const api = {
  bundle(input: BundleInput): Uint8Array {
    const zip = buildBundle(input);
    return transfer(zip, [zip.buffer]);
  },
  tidyCsv: tidyBlob,
  tidyParquet(...args: Parameters<typeof tidyParquet>): Uint8Array {
    const bytes = tidyParquet(...args);
    return transfer(bytes, [bytes.buffer]);
  },
};

export type ExportWorkerApi = typeof api;

expose(api);
