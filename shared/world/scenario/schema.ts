/** The published JSON Schema of the scenario file, generated from the same shapes the parser validates with. */
import { toJsonSchema } from './shape';
import { SCENARIO_SHAPE } from './world-shape';

/** The JSON Schema document written to `docs/scenario.schema.json` (a test keeps the two equal). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://iam-lab.local/scenario.schema.json',
    title: 'IAM Lab scenario file',
    ...toJsonSchema(SCENARIO_SHAPE),
  };
}
