# export-trakt in a container: build with the dev tools, run with production
# dependencies only, as the unprivileged "node" user, on a read-only root
# file system. Config, input and exports are volumes under /data.

FROM node:20-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY scripts ./scripts
COPY test ./test
# `npm ci` runs the `prepare` script, which compiles TypeScript into dist/.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would need TypeScript, and the code is built.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm cache clean --force
COPY --from=build /build/dist/src ./dist/src
COPY README.md LICENSE ./
RUN find dist/src \( -name '*.test.js' -o -name '*.map' -o -name 'test-*.js' \) -delete \
  && mkdir -p /data/config /data/input /data/exports /data/logs \
  && chown -R node:node /data

# The exports, logs and audit folders are resolved from the working folder.
WORKDIR /data
VOLUME ["/data/exports", "/data/logs"]
USER node

HEALTHCHECK --interval=5m --timeout=10s --start-period=10s --retries=3 \
  CMD ["node", "/app/dist/src/cli/main.js", "--version"]
ENTRYPOINT ["node", "/app/dist/src/cli/main.js"]
CMD ["--help"]
