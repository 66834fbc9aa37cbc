# kratos-htmx-ui container image: a release build on a small runtime without shell or package
# manager, running as a non-root user, with its stylesheet, script and htmx inside.
#
#   docker build -t kratos-htmx-ui .
#   docker run -p 4455:4455 -e KRATOS_PUBLIC_URL=... -e PUBLIC_URL=... -e COOKIE_SECRET=... kratos-htmx-ui
#
# Every setting is an environment variable (README, "Configuration"). Linted by
# scripts/lint-dockerfile.sh (hadolint) in scripts/test.sh.

# ---- 1. build: the release binary -------------------------------------------------------------
# The same toolchain as the project's machines; bookworm so the binary's glibc matches the
# runtime image below (also Debian 12).
FROM rust:1.95-bookworm AS build
WORKDIR /src
# Symbols are of no use in the image; stripping them makes it a few MB smaller. Set before the
# first build: a profile change would otherwise rebuild every dependency.
ENV CARGO_PROFILE_RELEASE_STRIP=symbols

# Dependencies first, against placeholder sources: this layer is rebuilt only when Cargo.toml or
# Cargo.lock change, so an edit to our own code recompiles our crate only.
# (Test targets named in Cargo.toml are not needed to build the binary, so no stubs for them.)
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && cargo build --release --locked --bin kratos-htmx-ui \
    && rm -rf src

# Then our own code. The Fluent catalogues are compiled in (include_str!), so they come along.
# `touch` makes sure cargo sees the real sources as newer than the placeholder build.
COPY src ./src
COPY locales ./locales
RUN touch src/main.rs src/lib.rs \
    && cargo build --release --locked --bin kratos-htmx-ui

# ---- 2. htmx: exactly the version package-lock.json pins, from the npm registry ----------------
FROM node:20-bookworm-slim AS htmx
WORKDIR /src
COPY package.json package-lock.json ./
# Runtime dependencies only (htmx): no Playwright, and no install scripts run.
RUN npm ci --omit=dev --ignore-scripts

# ---- 3. runtime -------------------------------------------------------------------------------
# Distroless "cc" rather than debian:bookworm-slim: the binary needs only glibc and libgcc_s
# (awc is built without TLS, so no OpenSSL), and this image has exactly those, plus a built-in
# non-root user, and no shell or package manager for an attacker to use (about a third of the
# size of bookworm-slim). Without a shell or curl the health check is the binary itself
# (`kratos-htmx-ui healthcheck`, src/healthcheck.rs).
FROM gcr.io/distroless/cc-debian12:nonroot
WORKDIR /app
COPY --from=build /src/target/release/kratos-htmx-ui /usr/local/bin/kratos-htmx-ui
COPY assets ./assets
COPY --from=htmx /src/node_modules/htmx.org/dist/htmx.min.js ./vendor/htmx.min.js

# Defaults for a container; KRATOS_PUBLIC_URL, PUBLIC_URL and COOKIE_SECRET have none and must be given.
ENV BIND=0.0.0.0 \
    PORT=4455 \
    ASSETS_DIR=/app/assets \
    HTMX_JS=/app/vendor/htmx.min.js \
    RUST_LOG=info

# Distroless's "nonroot" user, by number so Kubernetes' runAsNonRoot can verify it.
USER 65532:65532
EXPOSE 4455

# Liveness of this process only (not Kratos: /health/ready asks Kratos). The check reads the
# same PORT, BIND and BASE_PATH as the server and gives up after 2 s per step.
HEALTHCHECK --interval=30s --timeout=10s --start-period=5s --retries=3 \
    CMD ["/usr/local/bin/kratos-htmx-ui", "healthcheck"]

# Exec form: the server is PID 1 and receives SIGTERM itself, so in-flight requests finish.
ENTRYPOINT ["/usr/local/bin/kratos-htmx-ui"]
