import * as z from 'zod/mini';
import { SafetyPlanFileSchema } from './safety-plan-file-schema';

/**
 * The JSON Schema of an exported plan file, made from SafetyPlanFileSchema at build time (wxt.config.ts writes
 * it into the extension as safety-plan.schema.json), as the widget's build does for local services. Only the
 * build imports this: the page itself never needs zod's converter.
 */
export function safetyPlanJsonSchema(): Record<string, unknown> {
  // draft-07: the version editors' JSON support knows best.
  const { $schema, ...rest } = z.toJSONSchema(SafetyPlanFileSchema, { target: 'draft-07', io: 'input' });
  return {
    $schema,
    title: 'My plan (Få hjelp nå · Get help now)',
    description:
      'A safety plan exported from the extension’s My plan page. Not encrypted: anyone who opens the file can ' +
      'read it. `plan.version` says which shape it holds; older versions are migrated when imported.',
    ...rest,
  };
}
