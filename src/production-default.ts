// Imported first by the server's entry point: a server started for users runs in production mode unless told
// otherwise. graphql-js reads NODE_ENV once, when it loads, and outside production runs development checks on every
// request (8–12% of throughput measured); `npm start` sets no NODE_ENV, and tests import the app without this file.
process.env.NODE_ENV ??= 'production';

export {};
