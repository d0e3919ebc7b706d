# syntax=docker/dockerfile:1
# The API image: TypeScript compiled on Node 24 (the active LTS; the app supports Node 22, 24 and 26), production
# dependencies only, run as the unprivileged `node` user.

# ---- build: install everything, compile, then drop the dev dependencies ----------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` can reject this lockfile (no entries for optional platform builds of @grafeo-db/js that a registry does not
# serve, see .ci/run); `npm install --no-save` then installs exactly the locked versions. Both pick the native build
# of the embedded engine for the image's platform (glibc, so a -slim Debian base, not Alpine).
RUN npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ---------------------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    GRAPH_DATA_DIR=/app/data/graph
WORKDIR /app
# package.json marks the project root: the app finds cypher/ and seed/ next to it.
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
# The only writable place, for the embedded engine (GRAPH_ENGINE=embedded): mount a volume on /app/data to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# /health answers 200 once the store is open and queryable, 503 when the store fails. No curl in -slim: Node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# main.ts handles SIGTERM/SIGINT itself (drains the server, closes the store); run node directly, not through npm.
CMD ["node", "dist/src/main.js"]
