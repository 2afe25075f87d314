# Sandtable's headless exporter as a container image: Node 20 on Debian, Debian's Chromium (software WebGL),
# and the built app. Its entrypoint is `npm run export` (scripts/export-cli.mjs), so the arguments of a
# `docker run` or of a Kubernetes Job's `args` are the export's: e.g. `--segment auto/8 --out /exports/part-{i}.mp4`.
# See docs/exports-beyond-one-machine.md.
FROM node:20-bookworm-slim

# Chromium renders; nothing else is needed (the join needs no ffmpeg: it remuxes with mediabunny in Node).
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The export CLI serves the build with vite and drives Chromium with playwright-core: dev dependencies too.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

ENV CHROMIUM_PATH=/usr/bin/chromium \
    SANDTABLE_EXPORT_NO_BUILD=1
USER node
ENTRYPOINT ["node", "scripts/export-cli.mjs"]
