// npm run docs:parameters: writes docs/parameters.md from the parameters' docs. Run it after
// changing a parameter's doc, a preset or a dated series; test/model/parameters/parametersDoc.test.ts
// fails until the file matches again.
import { writeFileSync } from 'node:fs';
import { parametersMarkdown } from '../src/model/parameters/parametersMarkdown.ts';

const file = 'docs/parameters.md';
writeFileSync(file, parametersMarkdown());
console.log(`wrote ${file}`);
