// The dependency rule of ARCHITECTURE.md, checked by `npm test` (test/architecture.test.ts): the domain core (the
// graph model, the store and its repositories, the services, the seed and import loaders, auth) never depends on the
// GraphQL or HTTP layers, nor on GraphQL or HTTP libraries. The model depends on nothing else of ours.
/** @type {import('dependency-cruiser').IConfiguration} */
const CORE = '^src/(model|store|services|seed|import|auth)/';
const OUTER_LIBRARIES = '(^|/)node_modules/(graphql|type-graphql|@apollo/server|@as-integrations/express5|express|class-validator|reflect-metadata|@escape\\.tech/graphql-armor|graphql-query-complexity|graphql-scalars)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'core-not-to-outer-layers',
      severity: 'error',
      comment: 'The domain core must not know the GraphQL or HTTP layers: they call it, never the reverse.',
      from: { path: CORE },
      to: { path: '^src/(graphql|server)/' },
    },
    {
      name: 'core-not-to-outer-libraries',
      severity: 'error',
      comment: 'The domain core must not use GraphQL or HTTP libraries: it takes and returns plain records.',
      from: { path: CORE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: OUTER_LIBRARIES },
    },
    {
      name: 'model-depends-on-nothing',
      severity: 'error',
      comment: 'The graph model is the root: everything reads it, it reads no other module of ours.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules of the core form no import cycle.',
      from: { path: CORE },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)dist/' },
  },
};
