# kratos-htmx-ui container image (minimal; hardening and a health check come with the
# deployment work). Build: docker build -t kratos-htmx-ui .
FROM rust:1-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --bin kratos-htmx-ui

FROM node:20-bookworm-slim AS htmx
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM debian:bookworm-slim
COPY --from=build /src/target/release/kratos-htmx-ui /usr/local/bin/kratos-htmx-ui
COPY assets /app/assets
COPY --from=htmx /src/node_modules/htmx.org/dist/htmx.min.js /app/vendor/htmx.min.js
ENV ASSETS_DIR=/app/assets \
    HTMX_JS=/app/vendor/htmx.min.js \
    BIND=0.0.0.0 \
    PORT=4455
USER 65532:65532
EXPOSE 4455
ENTRYPOINT ["/usr/local/bin/kratos-htmx-ui"]
