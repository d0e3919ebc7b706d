/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testTimeout: 30000,
  // jose (JWT verification) ships ES modules only; Node loads them with require(), Jest's runtime does not,
  // so Jest compiles them to CommonJS.
  transform: {
    '^.+\\.ts$': 'ts-jest',
    '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
