//! Which cookies cross between the browser and Kratos: Kratos's own, by name, and nothing else.
//!
//! The UI stands between the browser and Kratos on every page, so without a filter it would
//! hand Kratos every cookie the browser holds for the UI's host (other applications' sessions,
//! analytics, the UI's own cookie) and would plant in the browser any cookie an answer from
//! Kratos (or something pretending to be Kratos on the way) chose to set. Kratos needs exactly
//! its session cookie, its CSRF cookie and its continuity cookie; their names are configurable
//! in Kratos (`session.cookie.name`) and differ on Ory Network (`ory_session_<project>`), so
//! the list is a setting, `KRATOS_COOKIE_NAMES`, whose default covers both. A cookie Kratos
//! sets that is not on the list is dropped with a warning naming it (a renamed session cookie
//! would otherwise make sign-in fail without a word).

use std::sync::Mutex;

use actix_web::http::header::HeaderValue;

use crate::http::request_id::is_plain;

/// `KRATOS_COOKIE_NAMES`'s default: Kratos's own names, then Ory Network's session cookie.
pub const DEFAULT_NAMES: &str =
    "ory_kratos_session,ory_kratos_continuity,csrf_token_*,ory_session_*";

/// The names of Kratos's cookies: exact names, or prefixes (written with a trailing `*`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KratosCookies(Vec<Name>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Name {
    Exact(String),
    Prefix(String),
}

impl Default for KratosCookies {
    fn default() -> Self {
        Self::parse(DEFAULT_NAMES).expect("the default names are valid")
    }
}

impl KratosCookies {
    /// Reads a comma-separated list such as `ory_kratos_session,csrf_token_*`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let names = raw
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| {
                let (stem, prefix) = match name.strip_suffix('*') {
                    Some(stem) => (stem, true),
                    None => (name, false),
                };
                let token = !stem.is_empty()
                    && stem
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
                match (token, prefix) {
                    (false, _) => Err(format!(
                        "must be cookie names (letters, digits, -_.; a trailing * for a prefix), not {name:?}"
                    )),
                    (true, true) => Ok(Name::Prefix(stem.to_owned())),
                    (true, false) => Ok(Name::Exact(stem.to_owned())),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        if names.is_empty() {
            return Err("must name at least Kratos's session cookie".into());
        }
        Ok(Self(names))
    }

    /// Whether `name` is one of Kratos's cookies.
    pub fn is_kratoss(&self, name: &str) -> bool {
        self.0.iter().any(|known| match known {
            Name::Exact(exact) => name == exact,
            Name::Prefix(prefix) => name.starts_with(prefix.as_str()),
        })
    }

    /// The browser's `Cookie` header with only Kratos's cookies left (`None` if none is).
    /// Read as bytes: another application's cookie may hold any octet (UTF-8 text, say), and
    /// must not cost the person Kratos's cookies.
    pub fn to_kratos(&self, cookie: &HeaderValue) -> Option<HeaderValue> {
        let kept: Vec<&[u8]> = cookie
            .as_bytes()
            .split(|&b| b == b';')
            .map(<[u8]>::trim_ascii)
            .filter(|pair| {
                let name = pair.split(|&b| b == b'=').next().unwrap_or_default();
                pair.contains(&b'=')
                    && std::str::from_utf8(name.trim_ascii())
                        .is_ok_and(|name| self.is_kratoss(name))
            })
            .collect();
        if kept.is_empty() {
            return None;
        }
        HeaderValue::from_bytes(&kept.join(&b"; "[..])).ok()
    }

    /// The `Set-Cookie`s of an answer from Kratos that may reach the browser: those that set
    /// one of Kratos's cookies. Any other is dropped, and named in a warning.
    pub fn to_browser(&self, set_cookies: Vec<HeaderValue>) -> Vec<HeaderValue> {
        set_cookies
            .into_iter()
            .filter(|set_cookie| {
                let name = set_cookie
                    .to_str()
                    .ok()
                    .and_then(|text| text.split(';').next())
                    .and_then(|pair| pair.split_once('='))
                    .map(|(name, _)| name.trim());
                match name {
                    Some(name) if self.is_kratoss(name) => true,
                    Some(name) if is_plain(name) => {
                        warn_once(name);
                        false
                    }
                    _ => {
                        warn_once("(unreadable)");
                        false
                    }
                }
            })
            .collect()
    }
}

/// The names warned about so far: a load balancer's stickiness cookie would otherwise be a
/// warning on every call. Bounded, in case names vary without end.
static WARNED: Mutex<Vec<String>> = Mutex::new(Vec::new());
const MOST_NAMES_WARNED: usize = 32;

/// One warning per foreign cookie name (then debug lines), naming the setting to change.
fn warn_once(name: &str) {
    let first = {
        let mut warned = WARNED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let first = !warned.iter().any(|known| known == name) && warned.len() < MOST_NAMES_WARNED;
        if first {
            warned.push(name.to_owned());
        }
        first
    };
    if first {
        log::warn!(
            "Kratos set a cookie named {name}, which is not in KRATOS_COOKIE_NAMES: it is not passed on to the browser (said once per name)"
        );
    } else {
        log::debug!("Kratos set a cookie named {name}, not passed on to the browser");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_kratoss_cookies_go_to_kratos() {
        let cookies = KratosCookies::default();
        let header = HeaderValue::from_static(
            "_ga=GA1.1; ory_kratos_session=s; kratos_ui_session=ui; csrf_token_ab12=c; other_app=o; ory_kratos_continuity=k; ory_session_happymoon=n",
        );
        assert_eq!(
            cookies.to_kratos(&header).unwrap(),
            "ory_kratos_session=s; csrf_token_ab12=c; ory_kratos_continuity=k; ory_session_happymoon=n"
        );
        assert!(
            cookies
                .to_kratos(&HeaderValue::from_static("_ga=1; theme=dark"))
                .is_none()
        );
        let with_text = HeaderValue::from_bytes(
            "greeting=grüß; ory_kratos_session=s; csrf_token_x=a=b".as_bytes(),
        )
        .unwrap();
        assert_eq!(
            cookies.to_kratos(&with_text).unwrap(),
            "ory_kratos_session=s; csrf_token_x=a=b",
            "another cookie's octets cost nothing; an = in a value stays"
        );
    }

    #[test]
    fn only_kratoss_cookies_come_back_to_the_browser() {
        let cookies = KratosCookies::parse("my_session, csrf_token_*").unwrap();
        let kept = cookies.to_browser(vec![
            HeaderValue::from_static("csrf_token_ab12=c; Path=/; HttpOnly"),
            HeaderValue::from_static("my_session=s; Path=/; HttpOnly"),
            HeaderValue::from_static("kratos_ui_session=forged; Path=/"),
            HeaderValue::from_static("ory_kratos_session=default-name; Path=/"),
            HeaderValue::from_static("no-equals-sign"),
        ]);
        assert_eq!(
            kept,
            vec![
                HeaderValue::from_static("csrf_token_ab12=c; Path=/; HttpOnly"),
                HeaderValue::from_static("my_session=s; Path=/; HttpOnly"),
            ]
        );
    }

    #[test]
    fn the_names_setting_is_checked() {
        assert!(KratosCookies::parse("").is_err());
        assert!(KratosCookies::parse("*").is_err());
        assert!(KratosCookies::parse("a b").is_err());
        assert!(KratosCookies::parse("a=b").is_err());
        let prefix = KratosCookies::parse("csrf_*").unwrap();
        assert!(prefix.is_kratoss("csrf_x") && !prefix.is_kratoss("xcsrf_"));
    }
}
