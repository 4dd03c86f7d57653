/** Every JSON Schema that parindex publishes under schemas/, by file name. */
import { criteriaSetJsonSchema } from './criteria/schema.js';
import { resultsJsonSchema } from './report/model/schema.js';
import { validationJsonSchema } from './report/validation-schema.js';

export function schemaFiles(): Record<string, Record<string, unknown>> {
  return {
    'criteria-set.schema.json': criteriaSetJsonSchema(),
    'results.schema.json': resultsJsonSchema(),
    'validation.schema.json': validationJsonSchema(),
  };
}
