// Fails when src/api/schema.gen.ts no longer matches src/api/openapi.yaml.
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../src/api/openapi.yaml', import.meta.url);
const generatedPath = new URL('../src/api/schema.gen.ts', import.meta.url);

const expected = astToString(await openapiTS(specUrl));
const actual = await readFile(generatedPath, 'utf8').catch(() => '');
// The CLI adds a header comment; compare the generated body only.
const body = (text: string) => text.slice(text.indexOf('export '));
if (body(expected).trim() !== body(actual).trim()) {
  console.error(
    'src/api/schema.gen.ts is out of date with src/api/openapi.yaml: run `npm run gen:api`.',
  );
  process.exit(1);
}
console.log('API types match the OpenAPI spec.');
