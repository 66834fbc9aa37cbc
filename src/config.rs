//! Configuration, read once from the environment at start-up.
//!
//! Names follow Ory's own node UI where one exists (`KRATOS_PUBLIC_URL`, `KRATOS_BROWSER_URL`,
//! `KRATOS_ADMIN_URL`, `COOKIE_SECRET`, `PORT`, `BASE_PATH`). Every problem is reported as one
//! line naming the variable, all of them at once, so an operator fixes the environment in one go.
//! Tests build a [`Config`] directly instead of touching the process environment.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use url::Url;

use crate::kratos::cookies::KratosCookies;

/// The minimum length of `COOKIE_SECRET`: the session cookie key is derived from it.
pub const MIN_COOKIE_SECRET_LEN: usize = 32;

/// Everything the server needs to know, typed and validated.
#[derive(Clone, Debug)]
pub struct Config {
    /// `KRATOS_PUBLIC_URL` (required): where this server reaches Kratos's public API.
    pub kratos_public_url: Url,
    /// `KRATOS_CA_FILE` (optional, PEM): certificates to trust for https to Kratos (and Hydra)
    /// besides the platform's, e.g. a private CA in a cluster.
    pub kratos_ca_file: Option<PathBuf>,
    /// `KRATOS_BROWSER_URL` (default: the public URL): where browsers reach Kratos. Forms post
    /// here when JavaScript is off, so it is also allowed by the CSP `form-action`.
    pub kratos_browser_url: Url,
    /// `KRATOS_ADMIN_URL` (optional): Kratos's admin API, used only by development tooling.
    pub kratos_admin_url: Option<Url>,
    /// `PUBLIC_URL` (required; in dev mode `http://localhost:<PORT>`): the address people open
    /// the UI at. A form posted to the UI must come from this origin.
    pub public_url: Url,
    /// `KRATOS_COOKIE_NAMES` (comma-separated, `*` ending a prefix; default
    /// [`crate::kratos::cookies::DEFAULT_NAMES`]): Kratos's cookies, the only ones that pass between the
    /// browser and Kratos.
    pub kratos_cookies: KratosCookies,
    /// `TRUSTED_PROXIES` (comma-separated addresses or CIDR ranges, default none): the reverse
    /// proxies whose `X-Forwarded-*`, `True-Client-IP` and `X-Real-IP` are passed on to Kratos.
    /// From anyone else, Kratos hears only the peer's address.
    pub trusted_proxies: Vec<IpRange>,
    /// `BIND` (default `127.0.0.1`): the address to listen on.
    pub bind: IpAddr,
    /// `PORT` (default `4455`): the port to listen on; `0` picks a free one (tests).
    pub port: u16,
    /// `COOKIE_SECRET` (required, at least 32 random characters; an example's or a placeholder's
    /// is refused outside dev mode): signs and encrypts the UI's own cookie.
    pub cookie_secret: Secret,
    /// `COOKIE_SECURE` (default: true when `PUBLIC_URL` is https): `Secure` on our cookie, whose
    /// name then carries the `__Host-` prefix.
    pub cookie_secure: bool,
    /// `BASE_PATH` (default `/`): the path prefix the UI is served under, e.g. `/account`.
    pub base_path: String,
    /// `ASSETS_DIR` (default `assets`): the stylesheet and script served under `/assets`.
    pub assets_dir: PathBuf,
    /// `HTMX_JS` (default `node_modules/htmx.org/dist/htmx.min.js`): htmx as installed by npm.
    pub htmx_js: PathBuf,
    /// `KRATOS_TIMEOUT_MS` (default `10000`): the longest one call to Kratos (or Hydra) may take.
    pub kratos_timeout: Duration,
    /// `PRODUCT_NAME` (default `Account`): shown in the header and page titles.
    pub product_name: String,
    /// `SOCIAL_SIGN_IN_ORIGINS` (comma-separated, default none): origins of the social sign-in
    /// providers Kratos sends browsers to. Without JavaScript a form posted to Kratos is
    /// redirected there, so the CSP `form-action` must allow them.
    pub social_sign_in_origins: Vec<String>,
    /// `ACCENT_COLOR` (optional, `#rgb` or `#rrggbb`): the brand colour of buttons, links and
    /// highlights in the light scheme; served as `--color-accent` in `/assets/theme.css`.
    pub accent_color: Option<String>,
    /// `LOGO_FILE` (optional, an `.svg`, `.png` or `.webp` file): shown next to the product
    /// name, served from our own origin.
    pub logo_file: Option<PathBuf>,
    /// `DEV_MODE` (default false): the stylesheet and script are read from disk on every
    /// request (edit, reload, see it), the designers' gallery is served at `/gallery` and an
    /// example `COOKIE_SECRET` is accepted. Refused with an https `PUBLIC_URL` that is not this
    /// machine's; start-up logs a warning.
    pub dev_mode: bool,
    /// `GALLERY_DIR` (default `tests/fixtures/gallery`): the captured flow states the dev-mode
    /// gallery draws.
    pub gallery_dir: PathBuf,
    /// `DEV_WATCH_DIR` (dev mode, set by `scripts/dev.sh --watch`): where the watcher keeps the
    /// state of its rebuild, which pages show (`flows::dev`).
    pub dev_watch_dir: Option<PathBuf>,
    /// Ory Hydra, when this UI is its consent and logout app (`HYDRA_ADMIN_URL` set).
    pub hydra: Option<HydraConfig>,
}

/// Where Ory Hydra is, for the apps that sign people in with OAuth2 and OpenID Connect.
#[derive(Clone, Debug)]
pub struct HydraConfig {
    /// `HYDRA_ADMIN_URL`: Hydra's admin API (consent, logout, the apps a person allowed).
    /// Without it, none of that is offered and `/consent` and `/apps` answer "not found".
    pub admin_url: Url,
    /// `HYDRA_PUBLIC_URL` (required with `HYDRA_ADMIN_URL`): where browsers reach Hydra. A sign-in
    /// for an app ends there, so forms may lead there (CSP `form-action`) and htmx follows
    /// Kratos's redirects there.
    pub public_url: Url,
    /// `TRUSTED_CLIENT_IDS` (comma-separated, default none): apps of one's own, allowed without
    /// a consent screen.
    pub trusted_client_ids: Vec<String>,
}

/// A secret string that never appears in `Debug` or `Display` output (and so never in logs).
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, Vec<String>> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, collecting one message per bad variable.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Vec<String>> {
        let mut env = Env {
            lookup: &lookup,
            problems: Vec::new(),
        };
        let kratos_public_url = kratos_public_url(&mut env);
        let kratos_browser_url = env
            .optional("KRATOS_BROWSER_URL", http_url)
            .or_else(|| kratos_public_url.clone());
        let dev_mode = env.or("DEV_MODE", false, boolean);
        let cookie_secret = cookie_secret(&mut env, dev_mode);
        let port = env.or("PORT", 4455, port);
        let public_url = if dev_mode {
            let public_url = env
                .optional("PUBLIC_URL", http_url)
                .or_else(|| Url::parse(&format!("http://localhost:{port}")).ok());
            if let Some(url) = public_url.as_ref().filter(|url| is_deployed(url)) {
                env.problems.push(format!(
                    "DEV_MODE must be off when PUBLIC_URL is a deployment's https address ({}): it serves the designers' gallery, reads assets from disk on every request and accepts example secrets",
                    url.origin().ascii_serialization()
                ));
            }
            public_url
        } else {
            env.required(
                "PUBLIC_URL",
                "the address people open the UI at, e.g. https://account.example.com",
                http_url,
            )
        };
        let cookie_secure = env.optional("COOKIE_SECURE", boolean).unwrap_or_else(|| {
            public_url
                .as_ref()
                .is_some_and(|url| url.scheme() == "https")
        });
        let config = Config {
            kratos_admin_url: env.optional("KRATOS_ADMIN_URL", http_url),
            kratos_ca_file: env.optional("KRATOS_CA_FILE", ca_file),
            bind: env.or("BIND", IpAddr::from([127, 0, 0, 1]), ip_address),
            port,
            trusted_proxies: env.or("TRUSTED_PROXIES", Vec::new(), ip_ranges),
            kratos_cookies: env.or(
                "KRATOS_COOKIE_NAMES",
                KratosCookies::default(),
                KratosCookies::parse,
            ),
            cookie_secure,
            base_path: env.or("BASE_PATH", String::new(), normalize_base_path),
            assets_dir: env.path_or("ASSETS_DIR", "assets"),
            htmx_js: env.path_or("HTMX_JS", "node_modules/htmx.org/dist/htmx.min.js"),
            kratos_timeout: env.or("KRATOS_TIMEOUT_MS", Duration::from_secs(10), milliseconds),
            product_name: env.raw("PRODUCT_NAME").unwrap_or_else(|| "Account".into()),
            social_sign_in_origins: social_sign_in_origins(&mut env),
            accent_color: env.optional("ACCENT_COLOR", colour),
            logo_file: env.optional("LOGO_FILE", logo_file),
            dev_mode,
            gallery_dir: env.path_or("GALLERY_DIR", "tests/fixtures/gallery"),
            dev_watch_dir: env.raw("DEV_WATCH_DIR").map(PathBuf::from),
            hydra: hydra(&mut env),
            // Only a placeholder when missing: the problem is recorded and no config returned.
            kratos_public_url: kratos_public_url.unwrap_or_else(placeholder_url),
            kratos_browser_url: kratos_browser_url.unwrap_or_else(placeholder_url),
            public_url: public_url.unwrap_or_else(placeholder_url),
            cookie_secret: cookie_secret.unwrap_or_else(|| Secret::new("")),
        };
        if env.problems.is_empty() {
            Ok(config)
        } else {
            Err(env.problems)
        }
    }
}

/// The environment as the configuration reads it: each variable through a parser that says
/// what a good value looks like, each bad one recorded as one line (name, what it must be,
/// what it was), all of them at once.
struct Env<'a> {
    lookup: &'a dyn Fn(&str) -> Option<String>,
    problems: Vec<String>,
}

impl Env<'_> {
    /// The value of `name`, unless it is unset or blank.
    fn raw(&self, name: &str) -> Option<String> {
        (self.lookup)(name).filter(|value| !value.trim().is_empty())
    }

    /// `name` read by `parse`; `None` when unset, or when bad (then a problem is recorded).
    fn optional<T>(&mut self, name: &str, parse: fn(&str) -> Result<T, String>) -> Option<T> {
        let raw = self.raw(name)?;
        parse(raw.trim())
            .map_err(|why| self.problems.push(format!("{name} {why}, got {raw:?}")))
            .ok()
    }

    /// `name` read by `parse`, or `default` when unset (or bad: then a problem is recorded
    /// and no configuration is returned anyway).
    fn or<T>(&mut self, name: &str, default: T, parse: fn(&str) -> Result<T, String>) -> T {
        self.optional(name, parse).unwrap_or(default)
    }

    /// `name`, which must be set: `what` says what it is for when it is not.
    fn required<T>(
        &mut self,
        name: &str,
        what: &str,
        parse: fn(&str) -> Result<T, String>,
    ) -> Option<T> {
        if self.raw(name).is_none() {
            self.problems.push(format!("{name} is required ({what})"));
        }
        self.optional(name, parse)
    }

    fn path_or(&self, name: &str, default: &str) -> PathBuf {
        self.raw(name).unwrap_or_else(|| default.to_owned()).into()
    }
}

/// `COOKIE_SECRET`: required, long enough, and (unless in dev mode) neither a placeholder nor
/// too regular to be random; its value never appears in a message. Read as it is (not through
/// `Env::raw`): a secret of spaces is still a secret of that length.
fn cookie_secret(env: &mut Env, dev_mode: bool) -> Option<Secret> {
    const HOW: &str = "generate one with `openssl rand -hex 32`";
    let problem = match (env.lookup)("COOKIE_SECRET") {
        Some(secret) if secret.chars().count() < MIN_COOKIE_SECRET_LEN => format!(
            "COOKIE_SECRET must be at least {MIN_COOKIE_SECRET_LEN} characters long, got {} ({HOW})",
            secret.chars().count()
        ),
        Some(secret) if dev_mode => return Some(Secret(secret)),
        Some(secret) => match weakness(&secret) {
            None => return Some(Secret(secret)),
            Some(weakness) => format!(
                "COOKIE_SECRET {weakness}: {HOW} (DEV_MODE=true accepts it, for local development only)"
            ),
        },
        None => format!(
            "COOKIE_SECRET is required (at least {MIN_COOKIE_SECRET_LEN} random characters: {HOW})"
        ),
    };
    env.problems.push(problem);
    None
}

/// Why a secret of the right length is still not one, if it is not: the words of the examples
/// and placeholders people copy (every example in this repository has one of them), or too few
/// bits for its length by the entropy of its own characters. A heuristic: it catches copied and
/// typed values, not a determined misuse.
fn weakness(secret: &str) -> Option<&'static str> {
    const PLACEHOLDER_WORDS: [&str; 7] = [
        "changeme",
        "example",
        "placeholder",
        "secret",
        "password",
        "insecure",
        "devonly",
    ];
    /// A random hex string of the minimum length estimates at about 3.6 bits a character.
    const MIN_ESTIMATED_BITS: f64 = 96.0;
    let letters: String = secret
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if PLACEHOLDER_WORDS.iter().any(|word| letters.contains(word)) {
        return Some("looks like an example or placeholder");
    }
    let mut counts = std::collections::HashMap::new();
    for c in secret.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    let length = secret.chars().count() as f64;
    let bits_per_char: f64 = counts
        .values()
        .map(|&count| {
            let share = count as f64 / length;
            -share * share.log2()
        })
        .sum();
    (bits_per_char * length < MIN_ESTIMATED_BITS).then_some("is too regular to be random")
}

/// An https `PUBLIC_URL` on a host other than this machine's: a deployment, not a laptop.
fn is_deployed(public_url: &Url) -> bool {
    let local = match public_url.host() {
        Some(url::Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => true,
    };
    public_url.scheme() == "https" && !local
}

/// `KRATOS_PUBLIC_URL`, or `ORY_SDK_URL`: what Ory's own tools call the URL of an Ory Network
/// project (hosted Kratos), which is the same thing.
fn kratos_public_url(env: &mut Env) -> Option<Url> {
    match (env.raw("KRATOS_PUBLIC_URL"), env.raw("ORY_SDK_URL")) {
        (Some(_), Some(_)) => {
            env.problems.push(
                "KRATOS_PUBLIC_URL and ORY_SDK_URL are both set: set one (ORY_SDK_URL is Ory Network's name for the same URL)"
                    .to_owned(),
            );
            None
        }
        (None, Some(_)) => env.optional("ORY_SDK_URL", http_url),
        _ => env.required(
            "KRATOS_PUBLIC_URL",
            "where this server reaches Kratos's public API, e.g. http://localhost:4433, or ORY_SDK_URL for an Ory Network project",
            http_url,
        ),
    }
}

/// A PEM file holding at least one certificate.
fn ca_file(raw: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(raw);
    ca_certificates(&path)
        .map(|_| path)
        .map_err(|_| "must be a readable PEM file with at least one certificate".to_owned())
}

/// `HYDRA_ADMIN_URL`, with `HYDRA_PUBLIC_URL` (required then) and `TRUSTED_CLIENT_IDS`.
fn hydra(env: &mut Env) -> Option<HydraConfig> {
    let admin_url = env.optional("HYDRA_ADMIN_URL", http_url);
    let public_url = match env.raw("HYDRA_ADMIN_URL") {
        Some(_) => env.required(
            "HYDRA_PUBLIC_URL",
            "where browsers reach Hydra, with HYDRA_ADMIN_URL",
            http_url,
        ),
        None => env.optional("HYDRA_PUBLIC_URL", http_url),
    };
    let trusted_client_ids = env
        .raw("TRUSTED_CLIENT_IDS")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    Some(HydraConfig {
        admin_url: admin_url?,
        public_url: public_url?,
        trusted_client_ids,
    })
}

/// `SOCIAL_SIGN_IN_ORIGINS`: comma-separated URLs, kept as their origins.
fn social_sign_in_origins(env: &mut Env) -> Vec<String> {
    let raw = env.raw("SOCIAL_SIGN_IN_ORIGINS").unwrap_or_default();
    let mut origins = Vec::new();
    for item in raw
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        match http_url(item) {
            Ok(url) => origins.push(url.origin().ascii_serialization()),
            Err(why) => env
                .problems
                .push(format!("SOCIAL_SIGN_IN_ORIGINS {why}, got {item:?}")),
        }
    }
    origins
}

fn placeholder_url() -> Url {
    Url::parse("http://unset.invalid/").expect("a valid URL")
}

fn http_url(raw: &str) -> Result<Url, String> {
    match Url::parse(raw) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            if url.query().is_some() || url.fragment().is_some() {
                Err("must not carry a query or fragment".into())
            } else {
                Ok(url)
            }
        }
        _ => Err("must be an absolute http(s) URL such as http://localhost:4433".into()),
    }
}

fn boolean(raw: &str) -> Result<bool, String> {
    match raw.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err("must be true or false".into()),
    }
}

fn ip_address(raw: &str) -> Result<IpAddr, String> {
    raw.parse()
        .map_err(|_| "must be an IP address such as 127.0.0.1 or 0.0.0.0".into())
}

/// An address, or a range of them in CIDR notation (`10.0.0.0/8`, `fd00::/8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpRange {
    first: IpAddr,
    prefix: u8,
}

impl IpRange {
    pub fn contains(&self, address: IpAddr) -> bool {
        let (first, address, bits) = match (self.first, address) {
            (IpAddr::V4(first), IpAddr::V4(address)) => {
                (u32::from(first) as u128, u32::from(address) as u128, 32)
            }
            (IpAddr::V6(first), IpAddr::V6(address)) => {
                (u128::from(first), u128::from(address), 128)
            }
            (IpAddr::V4(first), IpAddr::V6(address)) => match address.to_ipv4_mapped() {
                Some(address) => (u32::from(first) as u128, u32::from(address) as u128, 32),
                None => return false,
            },
            (IpAddr::V6(_), IpAddr::V4(_)) => return false,
        };
        let shift = bits - u32::from(self.prefix);
        shift >= bits || (first >> shift) == (address >> shift)
    }
}

impl std::str::FromStr for IpRange {
    type Err = String;

    /// `10.0.0.0/8`, `fd00::/8`, or one address (`127.0.0.1`).
    fn from_str(item: &str) -> Result<Self, String> {
        let why = || {
            "must be addresses or CIDR ranges such as 10.0.0.0/8, separated by commas".to_owned()
        };
        let (address, prefix) = item.split_once('/').unwrap_or((item, ""));
        let first: IpAddr = address.parse().map_err(|_| why())?;
        let bits = if first.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            "" => bits,
            prefix => prefix.parse().ok().filter(|p| *p <= bits).ok_or_else(why)?,
        };
        Ok(IpRange { first, prefix })
    }
}

fn ip_ranges(raw: &str) -> Result<Vec<IpRange>, String> {
    raw.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::parse)
        .collect()
}

fn port(raw: &str) -> Result<u16, String> {
    raw.parse()
        .map_err(|_| "must be a number from 0 to 65535".into())
}

fn milliseconds(raw: &str) -> Result<Duration, String> {
    match raw.parse::<u64>() {
        Ok(ms) if ms > 0 => Ok(Duration::from_millis(ms)),
        _ => Err("must be a positive number of milliseconds".into()),
    }
}

fn colour(raw: &str) -> Result<String, String> {
    let hex = raw.strip_prefix('#').unwrap_or("");
    if matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(raw.to_owned())
    } else {
        Err("must be a colour such as #1d4ed8 or #14b".into())
    }
}

fn logo_file(raw: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(raw);
    let known = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "svg" | "png" | "webp"));
    if !known {
        Err("must be an .svg, .png or .webp file".into())
    } else if !path.is_file() {
        Err("must be a readable file".into())
    } else {
        Ok(path)
    }
}

/// The certificates of a PEM file; an unreadable file or one with none is an error.
pub fn ca_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let certificates = CertificateDer::pem_file_iter(path)
        .and_then(|certificates| certificates.collect::<Result<Vec<_>, _>>())
        .map_err(|error| format!("cannot read certificates from {}: {error}", path.display()))?;
    if certificates.is_empty() {
        return Err(format!("{} holds no PEM certificate", path.display()));
    }
    Ok(certificates)
}

/// `/` → `""`, `/account/` → `/account`; rejects anything that is not a plain absolute path.
pub fn normalize_base_path(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim();
    if !trimmed.starts_with('/') {
        return Err("must start with /".into());
    }
    if trimmed.starts_with("//") {
        return Err("must be a path on this host, not //host".into());
    }
    if trimmed.contains(['?', '#', '\\', ' ', '"', '\'', '<', '>'])
        || trimmed.split('/').any(|segment| segment == "..")
    {
        return Err("must be a plain path such as /account".into());
    }
    Ok(trimmed.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The configuration from `vars` (with a `PUBLIC_URL` unless they name one).
    fn config_from(vars: &[(&str, &str)]) -> Result<Config, Vec<String>> {
        let mut vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        vars.entry("PUBLIC_URL".into())
            .or_insert_with(|| "http://localhost:4455".into());
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn minimal_environment_gets_documented_defaults() {
        let config = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert_eq!(config.kratos_browser_url.as_str(), "http://localhost:4433/");
        assert_eq!(config.port, 4455);
        assert_eq!(config.bind.to_string(), "127.0.0.1");
        assert_eq!(config.base_path, "");
        assert!(!config.cookie_secure);
        assert!(config.kratos_admin_url.is_none());
        assert!(config.social_sign_in_origins.is_empty());
        assert!(config.hydra.is_none());
    }

    #[test]
    fn an_ory_network_project_is_named_by_ory_sdk_url_and_a_ca_file_must_hold_certificates() {
        let config = config_from(&[
            ("ORY_SDK_URL", "https://happy-moon-42.projects.oryapis.com"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert_eq!(
            config.kratos_public_url.as_str(),
            "https://happy-moon-42.projects.oryapis.com/"
        );
        assert_eq!(config.kratos_browser_url, config.kratos_public_url);
        let problems = config_from(&[
            ("ORY_SDK_URL", "https://happy-moon-42.projects.oryapis.com"),
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("KRATOS_CA_FILE", "/nonexistent/ca.pem"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("KRATOS_PUBLIC_URL and ORY_SDK_URL are both set"));
        assert!(problems[1].starts_with("KRATOS_CA_FILE must be a readable PEM file"));
    }

    #[test]
    fn the_public_url_is_required_unless_in_dev_mode() {
        let lookup = |dev: bool| {
            move |name: &str| match name {
                "KRATOS_PUBLIC_URL" => Some("http://localhost:4433".to_owned()),
                "COOKIE_SECRET" => Some(SECRET.to_owned()),
                "DEV_MODE" => dev.then(|| "true".to_owned()),
                "PORT" => Some("4460".to_owned()),
                _ => None,
            }
        };
        let problems = Config::from_lookup(lookup(false)).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("PUBLIC_URL is required"));
        let dev = Config::from_lookup(lookup(true)).unwrap();
        assert_eq!(dev.public_url.as_str(), "http://localhost:4460/");
    }

    #[test]
    fn placeholder_and_regular_cookie_secrets_are_refused_outside_dev_mode() {
        let with_secret = |secret: &str, dev: bool| {
            let mut vars = vec![
                ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
                ("COOKIE_SECRET", secret),
            ];
            if dev {
                vars.push(("DEV_MODE", "true"));
            }
            config_from(&vars)
        };
        let weak = [
            "my-cookie-secret-for-production-use".to_owned(),
            "CHANGE_ME_CHANGE_ME_CHANGE_ME_CHANGE_ME".to_owned(),
            "a".repeat(64),
            "ab".repeat(32),
            "aaaabbbbccccddddaaaabbbbccccdddd".to_owned(),
        ];
        for secret in &weak {
            let problems = with_secret(secret, false).unwrap_err();
            assert_eq!(problems.len(), 1, "{secret}: {problems:?}");
            assert!(problems[0].starts_with("COOKIE_SECRET "), "{problems:?}");
            assert!(problems[0].contains("openssl rand"), "{problems:?}");
            assert!(!problems[0].contains(secret.as_str()), "never the value");
            assert!(
                with_secret(secret, true).is_ok(),
                "{secret}: dev mode accepts it"
            );
        }
        for random in [
            "9f1c3ab27e64d05b8a9c2f71e4d3b6a0", // openssl rand -hex 16
            "3q2+7wHr1oUk9mZP0aLx4bVn6cYs8dTe", // openssl rand -base64 24
            SECRET,
        ] {
            assert!(with_secret(random, false).is_ok(), "{random}");
        }
    }

    #[test]
    fn every_cookie_secret_written_in_the_repositorys_examples_is_refused() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![
            root.join("README.md"),
            root.join("compose.yaml"),
            root.join("Dockerfile"),
        ];
        for dir in ["scripts", "deploy", "tests/browser"] {
            collect_files(&root.join(dir), &mut files);
        }
        let mut examples = Vec::new();
        for file in &files {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            for (_, rest) in text
                .match_indices("COOKIE_SECRET")
                .map(|(i, _)| text.split_at(i))
            {
                let rest = &rest["COOKIE_SECRET".len()..];
                let value = rest
                    .strip_prefix(":-")
                    .or_else(|| rest.strip_prefix("}:-"))
                    .or_else(|| rest.strip_prefix('='))
                    .or_else(|| rest.strip_prefix(": "))
                    .unwrap_or("")
                    .trim_start_matches(['"', '\'']);
                let value: String = value
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !"\"'}$`(".contains(*c))
                    .collect();
                if value.chars().count() >= MIN_COOKIE_SECRET_LEN {
                    examples.push((file.display().to_string(), value));
                }
            }
        }
        assert!(
            examples.iter().any(|(file, _)| file.ends_with("dev.sh")),
            "the scan finds dev.sh's example: {examples:?}"
        );
        for (file, example) in examples {
            assert!(weakness(&example).is_some(), "{file}: {example}");
        }
    }

    fn collect_files(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect_files(&path, into);
            } else {
                into.push(path);
            }
        }
    }

    #[test]
    fn dev_mode_is_refused_for_a_deployments_https_address() {
        let with_url = |url: &str| {
            config_from(&[
                ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
                ("COOKIE_SECRET", SECRET),
                ("DEV_MODE", "true"),
                ("PUBLIC_URL", url),
            ])
        };
        let problems = with_url("https://account.example.com").unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("DEV_MODE must be off when PUBLIC_URL"),
            "{problems:?}"
        );
        for local in [
            "http://account.example.com",
            "https://localhost:4455",
            "https://ui.localhost",
            "https://127.0.0.1:8443",
            "https://[::1]:8443",
        ] {
            assert!(with_url(local).is_ok(), "{local}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_and_ranges() {
        let ranges = ip_ranges("10.0.0.0/8, 127.0.0.1,fd00::/8").unwrap();
        let has = |ip: &str| {
            ranges
                .iter()
                .any(|range| range.contains(ip.parse().unwrap()))
        };
        assert!(has("10.20.30.40") && has("127.0.0.1") && has("fd12::1") && has("::ffff:10.0.0.1"));
        assert!(!has("11.0.0.1") && !has("127.0.0.2") && !has("fe80::1"));
        assert!(ip_ranges("0.0.0.0/0").unwrap()[0].contains("203.0.113.7".parse().unwrap()));
        for bad in ["10.0.0.0/33", "localhost", "10.0.0.0/x"] {
            assert!(ip_ranges(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hydra_needs_both_its_urls_and_trusts_listed_apps() {
        let config = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("COOKIE_SECRET", SECRET),
            ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445"),
            ("HYDRA_PUBLIC_URL", "http://localhost:4444"),
            ("TRUSTED_CLIENT_IDS", " own-app , other ,"),
        ])
        .unwrap();
        let hydra = config.hydra.unwrap();
        assert_eq!(hydra.public_url.as_str(), "http://localhost:4444/");
        assert_eq!(hydra.trusted_client_ids, ["own-app", "other"]);
        let problems = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("COOKIE_SECRET", SECRET),
            ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445"),
        ])
        .unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("HYDRA_PUBLIC_URL is required"));
    }

    #[test]
    fn social_sign_in_origins_are_a_list_of_origins() {
        let config = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("COOKIE_SECRET", SECRET),
            (
                "SOCIAL_SIGN_IN_ORIGINS",
                "https://accounts.example.com/path, http://localhost:4444",
            ),
        ])
        .unwrap();
        assert_eq!(
            config.social_sign_in_origins,
            ["https://accounts.example.com", "http://localhost:4444"]
        );
    }

    #[test]
    fn every_problem_is_one_line_naming_its_variable() {
        let problems = config_from(&[
            ("KRATOS_BROWSER_URL", "not a url"),
            ("PORT", "eighty"),
            ("COOKIE_SECRET", "short"),
            ("BASE_PATH", "account"),
            ("ACCENT_COLOR", "blue; } body { display: none"),
            ("LOGO_FILE", "/etc/passwd"),
            ("DEV_MODE", "sometimes"),
        ])
        .unwrap_err();
        for name in [
            "KRATOS_PUBLIC_URL",
            "KRATOS_BROWSER_URL",
            "PORT",
            "COOKIE_SECRET",
            "BASE_PATH",
            "ACCENT_COLOR",
            "LOGO_FILE",
            "DEV_MODE",
        ] {
            assert_eq!(
                problems.iter().filter(|p| p.starts_with(name)).count(),
                1,
                "{name} in {problems:?}"
            );
        }
        assert!(problems.iter().all(|p| !p.contains('\n')));
        assert!(
            !problems.iter().any(|p| p.contains("short")),
            "secret value leaked"
        );
    }

    #[test]
    fn an_https_public_url_makes_the_cookie_secure_unless_overridden() {
        let secure = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://kratos:4433"),
            ("PUBLIC_URL", "https://account.example.com"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert!(secure.cookie_secure);
        let plain = config_from(&[
            ("KRATOS_PUBLIC_URL", "https://kratos"),
            ("KRATOS_BROWSER_URL", "https://auth.example.com"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert!(
            !plain.cookie_secure,
            "the UI's own scheme decides, not Kratos's"
        );
        let overridden = config_from(&[
            ("KRATOS_PUBLIC_URL", "https://kratos"),
            ("PUBLIC_URL", "https://account.example.com"),
            ("COOKIE_SECRET", SECRET),
            ("COOKIE_SECURE", "false"),
        ])
        .unwrap();
        assert!(!overridden.cookie_secure);
    }

    #[test]
    fn base_path_is_normalized() {
        assert_eq!(normalize_base_path("/").unwrap(), "");
        assert_eq!(normalize_base_path("/account/").unwrap(), "/account");
        assert!(normalize_base_path("/a/../b").is_err());
        assert!(normalize_base_path("//evil.example").is_err());
    }

    #[test]
    fn secrets_do_not_print() {
        let config = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert!(!format!("{config:?}").contains(SECRET));
    }
}
