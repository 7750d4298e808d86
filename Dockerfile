# syntax=docker/dockerfile:1
# Rechtenloket: one image for the web process and the worker (docs/hosting.md).
#   docker build -t rechtenloket .            (or: podman build -t rechtenloket .)
# Assumes the build interface of docs/hosting.md: `npm run build` makes everything the server needs,
# `npm run serve` starts it with plain node after `npm prune --omit=dev`, `npm run worker` the worker.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build stage: every package, then the production build, then the dev packages removed
FROM ${NODE_IMAGE} AS bouw
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- run stage: production packages only, not root
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
# Owned by root, read-only for the portal; only /data is writable (stored files, audit anchor).
COPY --from=bouw /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness: GET /gezond answers 200 while the process serves requests.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/gezond').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The worker: same image, command `npm run worker` (compose.yml).
CMD ["npm", "run", "serve"]
