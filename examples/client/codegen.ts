// GraphQL Code Generator for this client: typed documents from the API's committed schema (../../schema.graphql).
// `typescript-operations` emits the schema types the operations use (enums included) and `typed-document-node`
// the documents; adding the `typescript` plugin too declares every enum twice and fails to type-check (codegen 6).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true },
    },
  },
};

export default config;
