import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../../src/graphql/schema';

describe('the schema', () => {
  it('reads plain fields with the default resolver: only @FieldResolver fields and root fields have their own', async () => {
    const schema = await createSchema({ withMutations: true });
    const own = new Set(getMetadataStorage().fieldResolvers.map((f) => `${f.getObjectType?.().name ?? ''}.${f.schemaName}`));
    const wrapped: string[] = [];
    let plain = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.resolve === undefined) plain++;
        else if (!own.has(`${type.name}.${field.name}`)) wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
    // Measure.number, Unit.name, Responsibility.asWritten, … — the bulk of what a page completes.
    expect(plain).toBeGreaterThan(50);
  });
});
