//! Configuration, read once from the environment at start-up.
//!
//! Names follow Ory's own node UI where one exists (`KRATOS_PUBLIC_URL`, `KRATOS_BROWSER_URL`,
//! `KRATOS_ADMIN_URL`, `COOKIE_SECRET`, `PORT`, `BASE_PATH`). Every problem is reported as one
//! line naming the variable, all of them at once, so an operator fixes the environment in one go.
//! Tests build a [`Config`] directly instead of touching the process environment.

use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use url::Url;

/// The minimum length of `COOKIE_SECRET`: the session cookie key is derived from it.
pub const MIN_COOKIE_SECRET_LEN: usize = 32;

/// Everything the server needs to know, typed and validated.
#[derive(Clone, Debug)]
pub struct Config {
    /// `KRATOS_PUBLIC_URL` (required): where this server reaches Kratos's public API.
    pub kratos_public_url: Url,
    /// `KRATOS_BROWSER_URL` (default: the public URL): where browsers reach Kratos. Forms post
    /// here when JavaScript is off, so it is also allowed by the CSP `form-action`.
    pub kratos_browser_url: Url,
    /// `KRATOS_ADMIN_URL` (optional): Kratos's admin API, used only by development tooling.
    pub kratos_admin_url: Option<Url>,
    /// `BIND` (default `127.0.0.1`): the address to listen on.
    pub bind: IpAddr,
    /// `PORT` (default `4455`): the port to listen on; `0` picks a free one (tests).
    pub port: u16,
    /// `COOKIE_SECRET` (required, at least 32 characters): signs and encrypts the UI's own cookie.
    pub cookie_secret: Secret,
    /// `COOKIE_SECURE` (default: true when `KRATOS_BROWSER_URL` is https): `Secure` on our cookie.
    pub cookie_secure: bool,
    /// `BASE_PATH` (default `/`): the path prefix the UI is served under, e.g. `/account`.
    pub base_path: String,
    /// `ASSETS_DIR` (default `assets`): the stylesheet and script served under `/assets`.
    pub assets_dir: PathBuf,
    /// `HTMX_JS` (default `node_modules/htmx.org/dist/htmx.min.js`): htmx as installed by npm.
    pub htmx_js: PathBuf,
    /// `KRATOS_TIMEOUT_MS` (default `10000`): the longest one call to Kratos may take.
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
    /// request (edit, reload, see it) and the designers' gallery is served at `/gallery`.
    pub dev_mode: bool,
    /// `GALLERY_DIR` (default `tests/fixtures/gallery`): the captured flow states the dev-mode
    /// gallery draws.
    pub gallery_dir: PathBuf,
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
        let mut problems = Vec::new();
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());

        let kratos_public_url = match get("KRATOS_PUBLIC_URL") {
            Some(raw) => parse_http_url("KRATOS_PUBLIC_URL", &raw, &mut problems),
            None => {
                problems.push(
                    "KRATOS_PUBLIC_URL is required (where this server reaches Kratos's public API, e.g. http://localhost:4433)"
                        .to_owned(),
                );
                None
            }
        };
        let kratos_browser_url = get("KRATOS_BROWSER_URL")
            .and_then(|raw| parse_http_url("KRATOS_BROWSER_URL", &raw, &mut problems))
            .or_else(|| kratos_public_url.clone());
        let kratos_admin_url = get("KRATOS_ADMIN_URL")
            .and_then(|raw| parse_http_url("KRATOS_ADMIN_URL", &raw, &mut problems));

        let bind = match get("BIND") {
            Some(raw) => raw
                .trim()
                .parse()
                .map_err(|_| {
                    problems.push(format!(
                        "BIND must be an IP address such as 127.0.0.1 or 0.0.0.0, got {raw:?}"
                    ));
                })
                .ok(),
            None => Some(IpAddr::from([127, 0, 0, 1])),
        };
        let port = match get("PORT") {
            Some(raw) => raw
                .trim()
                .parse()
                .map_err(|_| {
                    problems.push(format!(
                        "PORT must be a number from 0 to 65535, got {raw:?}"
                    ));
                })
                .ok(),
            None => Some(4455),
        };
        let cookie_secret = match lookup("COOKIE_SECRET") {
            Some(secret) if secret.chars().count() >= MIN_COOKIE_SECRET_LEN => Some(Secret(secret)),
            Some(secret) => {
                problems.push(format!(
                    "COOKIE_SECRET must be at least {MIN_COOKIE_SECRET_LEN} characters long, got {}",
                    secret.chars().count()
                ));
                None
            }
            None => {
                problems.push(format!(
                    "COOKIE_SECRET is required (at least {MIN_COOKIE_SECRET_LEN} random characters)"
                ));
                None
            }
        };
        let cookie_secure = match get("COOKIE_SECURE") {
            Some(raw) => parse_bool("COOKIE_SECURE", &raw, &mut problems),
            None => kratos_browser_url
                .as_ref()
                .map(|url| url.scheme() == "https"),
        };
        let base_path = match get("BASE_PATH") {
            Some(raw) => normalize_base_path(&raw)
                .map_err(|why| problems.push(format!("BASE_PATH {why}, got {raw:?}")))
                .ok(),
            None => Some(String::new()),
        };
        let mut social_sign_in_origins = Vec::new();
        for raw in get("SOCIAL_SIGN_IN_ORIGINS").unwrap_or_default().split(',') {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            if let Some(url) = parse_http_url("SOCIAL_SIGN_IN_ORIGINS", raw, &mut problems) {
                social_sign_in_origins.push(url.origin().ascii_serialization());
            }
        }
        let accent_color = get("ACCENT_COLOR").and_then(|raw| {
            let color = raw.trim().to_owned();
            let hex = color.strip_prefix('#').unwrap_or("");
            if matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                Some(color)
            } else {
                problems.push(format!(
                    "ACCENT_COLOR must be a colour such as #1d4ed8 or #14b, got {raw:?}"
                ));
                None
            }
        });
        let logo_file = get("LOGO_FILE").and_then(|raw| {
            let path = PathBuf::from(raw.trim());
            let known = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "svg" | "png" | "webp"));
            if !known {
                problems.push(format!(
                    "LOGO_FILE must be an .svg, .png or .webp file, got {raw:?}"
                ));
                None
            } else if !path.is_file() {
                problems.push(format!("LOGO_FILE {raw:?} is not a readable file"));
                None
            } else {
                Some(path)
            }
        });
        let dev_mode = get("DEV_MODE")
            .and_then(|raw| parse_bool("DEV_MODE", &raw, &mut problems))
            .unwrap_or(false);
        let kratos_timeout = match get("KRATOS_TIMEOUT_MS") {
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(ms) if ms > 0 => Some(Duration::from_millis(ms)),
                _ => {
                    problems.push(format!(
                        "KRATOS_TIMEOUT_MS must be a positive number of milliseconds, got {raw:?}"
                    ));
                    None
                }
            },
            None => Some(Duration::from_secs(10)),
        };

        match (
            kratos_public_url,
            kratos_browser_url,
            bind,
            port,
            cookie_secret,
            cookie_secure,
            base_path,
            kratos_timeout,
        ) {
            (
                Some(kratos_public_url),
                Some(kratos_browser_url),
                Some(bind),
                Some(port),
                Some(cookie_secret),
                Some(cookie_secure),
                Some(base_path),
                Some(kratos_timeout),
            ) if problems.is_empty() => Ok(Config {
                kratos_public_url,
                kratos_browser_url,
                kratos_admin_url,
                bind,
                port,
                cookie_secret,
                cookie_secure,
                base_path,
                assets_dir: get("ASSETS_DIR").unwrap_or_else(|| "assets".into()).into(),
                htmx_js: get("HTMX_JS")
                    .unwrap_or_else(|| "node_modules/htmx.org/dist/htmx.min.js".into())
                    .into(),
                kratos_timeout,
                product_name: get("PRODUCT_NAME").unwrap_or_else(|| "Account".into()),
                social_sign_in_origins,
                accent_color,
                logo_file,
                dev_mode,
                gallery_dir: get("GALLERY_DIR")
                    .unwrap_or_else(|| "tests/fixtures/gallery".into())
                    .into(),
            }),
            _ => Err(problems),
        }
    }
}

fn parse_http_url(name: &str, raw: &str, problems: &mut Vec<String>) -> Option<Url> {
    match Url::parse(raw.trim()) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            if url.query().is_some() || url.fragment().is_some() {
                problems.push(format!(
                    "{name} must not carry a query or fragment, got {raw:?}"
                ));
                None
            } else {
                Some(url)
            }
        }
        _ => {
            problems.push(format!(
                "{name} must be an absolute http(s) URL such as http://localhost:4433, got {raw:?}"
            ));
            None
        }
    }
}

fn parse_bool(name: &str, raw: &str, problems: &mut Vec<String>) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => {
            problems.push(format!("{name} must be true or false, got {raw:?}"));
            None
        }
    }
}

/// `/` → `""`, `/account/` → `/account`; rejects anything that is not a plain absolute path.
pub fn normalize_base_path(raw: &str) -> Result<String, &'static str> {
    let trimmed = raw.trim();
    if !trimmed.starts_with('/') {
        return Err("must start with /");
    }
    if trimmed.starts_with("//") {
        return Err("must be a path on this host, not //host");
    }
    if trimmed.contains(['?', '#', '\\', ' ', '"', '\'', '<', '>'])
        || trimmed.split('/').any(|segment| segment == "..")
    {
        return Err("must be a plain path such as /account");
    }
    Ok(trimmed.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config_from(vars: &[(&str, &str)]) -> Result<Config, Vec<String>> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
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
    fn https_browser_url_makes_the_cookie_secure_unless_overridden() {
        let secure = config_from(&[
            ("KRATOS_PUBLIC_URL", "http://kratos:4433"),
            ("KRATOS_BROWSER_URL", "https://auth.example.com"),
            ("COOKIE_SECRET", SECRET),
        ])
        .unwrap();
        assert!(secure.cookie_secure);
        let overridden = config_from(&[
            ("KRATOS_PUBLIC_URL", "https://kratos"),
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
