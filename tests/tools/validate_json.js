// Validates JSON files against a JSON Schema (draft 2020-12 or draft-07, from its $schema) with
// Ajv, strict about the schema itself. Usage: node validate_json.js SCHEMA FILE...
// Prints one line per file; exits 1 when any file is invalid or unreadable, 2 on usage errors,
// 3 when the validator itself cannot be loaded or the schema does not compile.
'use strict';
const fs = require('fs');
const path = require('path');
const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate_json.js SCHEMA FILE...');
  process.exit(2);
}
const modules = path.resolve(process.env.NODE_TOOLS || path.join(__dirname, 'node_modules'));
const load = (name) => require(path.join(modules, name));
let validate;
try {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const is2020 = String(schema.$schema || '').includes('2020-12');
  const Ajv = is2020 ? load('ajv/dist/2020').default : load('ajv').default;
  const ajv = new Ajv({allErrors: true, strict: false});
  load('ajv-formats').default(ajv);
  validate = ajv.compile(schema);
} catch (e) {
  console.error(`validator or schema unusable: ${e.message}`);
  process.exit(3);
}
let bad = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`FAIL ${file}: ${e.message}`);
    bad++;
    continue;
  }
  if (validate(data)) {
    console.log(`ok ${file}`);
  } else {
    bad++;
    for (const err of validate.errors.slice(0, 20)) console.log(`FAIL ${file}: ${err.instancePath || '/'} ${err.message} ${JSON.stringify(err.params)}`);
  }
}
process.exit(bad === 0 ? 0 : 1);
