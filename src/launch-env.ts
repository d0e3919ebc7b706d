// Imported by the entry point before production-default.ts fills in NODE_ENV: what NODE_ENV was when the process
// started, so the server can tell an explicit production deployment (the image sets NODE_ENV=production) from a plain
// `npm start`, which also runs in production mode but has a person watching the terminal.
export const NODE_ENV_AT_LAUNCH = process.env.NODE_ENV;
