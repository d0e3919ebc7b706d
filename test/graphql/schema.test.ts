// The committed schema.graphql matches the code, and the schema documents every part of the domain.
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, isIntrospectionType } from 'graphql';
import { createSchema, printSchemaSdl } from '../../src/graphql/schema';

test('schema.graphql is up to date (run `npm run schema` after changing the API)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
  expect(committed).toBe(await printSchemaSdl());
});

test('every type, field, argument and enum value has a description', async () => {
  const schema = await createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (type instanceof GraphQLEnumType) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});
