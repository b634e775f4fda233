/** JSON-schema validators for the copies of the public schemas in `test/schemas/`. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';

export const SCHEMAS_DIR = path.resolve(__dirname, '../schemas');

/** RFC 3986 characters only, and `%` only as a percent-encoding. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri-reference', (value: string) => URI_REFERENCE.test(value));
  ajv.addFormat('uri', (value: string) => URI_REFERENCE.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv;
}

function readSchema(relative: string): object {
  return JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, relative), 'utf8')) as object;
}

export interface Validation {
  valid: boolean;
  errors: string;
}

function compile(relative: string): (data: unknown) => Validation {
  const validate = createAjv().compile(readSchema(relative));
  return (data) => {
    const valid = validate(data) === true;
    return { valid, errors: valid ? '' : JSON.stringify(validate.errors, null, 2) };
  };
}

export const validateSarif = compile('sarif-schema-2.1.0.json');
export const validateRdjson = compile('rdjson/DiagnosticResult.json');
