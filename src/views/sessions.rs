//! Where the account is signed in: each session in words (device, address, when), this one
//! marked, the others each with a sign-out button, and one button for all of them.

use maud::{Markup, html};

use super::{Chrome, layout, messages};
use crate::i18n::Tr;
use crate::kratos::model::{MessageKind, Session};
use crate::notice::Notice;
use crate::routes;

pub fn page(
    chrome: &Chrome,
    current: &Session,
    others: &[Session],
    notice: Option<&Notice>,
    now_unix: i64,
) -> Markup {
    let tr = chrome.tr;
    let title = tr.t("sessions-title");
    layout::page(
        chrome,
        &title,
        html! {
            div.flow data-testid="sessions" data-drawn-by=[crate::drawn_by!("sessions::page")] {
                h1.page-title { (title) }
                p.page-intro { (tr.t("sessions-intro")) }
                // A notice here confirms what the person just did (a device signed out).
                (messages::status_region(tr, notice, MessageKind::Success, notice.is_some(), html! {}))
                ul.sessions {
                    li.session.session--current data-testid="session-current" {
                        (describe(tr, current, now_unix))
                        p.session-badge { strong { (tr.t("this-device")) } }
                    }
                    @for other in others {
                        li.session data-testid="session-other" {
                            (describe(tr, other, now_unix))
                            form method="post" action=(chrome.links.path(routes::SESSIONS_REVOKE)) {
                                (layout::form_token(chrome))
                                input type="hidden" name="session" value=(other.id);
                                button.button.button--secondary type="submit" { (tr.t("sign-device-out")) }
                            }
                        }
                    }
                }
                @if others.is_empty() {
                    p data-testid="no-other-sessions" { (tr.t("no-other-sessions")) }
                } @else {
                    form method="post" action=(chrome.links.path(routes::SESSIONS_REVOKE_OTHERS)) {
                        (layout::form_token(chrome))
                        button.button.button--primary type="submit" data-testid="revoke-other-sessions" {
                            (tr.t("sign-out-others"))
                        }
                    }
                }
                p.actions {
                    a.link-back href=(chrome.links.path(routes::SETTINGS)) { (tr.t("back-to-settings")) }
                    @if chrome.offers_apps { " · " (super::apps::link(chrome)) }
                }
            }
        },
    )
}

fn describe(tr: Tr, session: &Session, now_unix: i64) -> Markup {
    let device = session.devices.first();
    let what = device
        .and_then(|device| device.user_agent.as_deref())
        .map_or_else(
            || html! { (tr.t("unknown-device")) },
            |agent| device_in_words(tr, agent),
        );
    // Kratos sometimes records the address with the client's port: show the address only.
    let address = device
        .and_then(|device| device.ip_address.as_deref())
        .map(|address| {
            address
                .parse::<std::net::SocketAddr>()
                .map_or_else(|_| address.to_owned(), |socket| socket.ip().to_string())
        });
    let place = device
        .and_then(|device| device.location.as_deref())
        .filter(|l| !l.is_empty());
    let when = session
        .authenticated_at
        .as_deref()
        .and_then(unix_seconds)
        .map(|then| ago(tr, now_unix - then));
    html! {
        p.session-device { (what) }
        p.session-details {
            @if let Some(when) = when { (tr.rich("signed-in-when", &[("when", when.into())])) }
            @if let Some(address) = address { " · " (tr.rich("signed-in-from", &[("address", address.into())])) }
            @if let Some(place) = place { " (" (place) ")" }
        }
    }
}

/// "Chrome on Linux", from a user agent string.
pub fn device_in_words(tr: Tr, user_agent: &str) -> Markup {
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .iter()
    .find(|(token, _)| user_agent.contains(token))
    .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(token, _)| user_agent.contains(token))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(browser), Some(system)) => tr.rich(
            "browser-on-system",
            &[("browser", browser.into()), ("system", system.into())],
        ),
        (Some(browser), None) => html! { (browser) },
        (None, Some(system)) => tr.rich("program-on-system", &[("system", system.into())]),
        (None, None) => html! { (tr.t("unknown-program")) },
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
pub fn ago(tr: Tr, seconds: i64) -> String {
    let count = |id: &str, n: i64| tr.t_with(id, &[("count", n.into())]);
    match seconds {
        ..60 => tr.t("just-now"),
        60..3600 => count("minutes-ago", seconds / 60),
        3600..86_400 => count("hours-ago", seconds / 3600),
        _ => count("days-ago", seconds / 86_400),
    }
}

/// Seconds since 1970 of an RFC 3339 UTC time such as `2026-11-25T04:56:02.123Z`.
pub fn unix_seconds(rfc3339: &str) -> Option<i64> {
    let (date, time) = rfc3339.split_once('T')?;
    let mut date = date.split('-').map(|part| part.parse::<i64>().ok());
    let (year, month, day) = (date.next()??, date.next()??, date.next()??);
    let time = time.trim_end_matches('Z');
    let time = time.split(['+', '.']).next()?;
    let mut time = time.split(':').map(|part| part.parse::<i64>().ok());
    let (hour, minute, second) = (time.next()??, time.next()??, time.next()??);
    // A time Kratos cannot have meant (the fuzzer found year 1013888888888) is no time at all,
    // rather than an overflow below.
    let plausible = (0..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (0..=23).contains(&hour)
        && (0..=59).contains(&minute)
        && (0..=60).contains(&second);
    if !plausible {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn times_and_devices_read_as_words() {
        assert_eq!(unix_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(unix_seconds("1013888888888-8-88T00:0:3"), None);
        assert_eq!(unix_seconds("2026-13-01T00:00:00Z"), None);
        assert_eq!(
            unix_seconds("2026-11-25T04:56:02.123456Z"),
            Some(1_795_582_562)
        );
        let en = Tr::new(Lang::EN);
        let de = Tr::new(Lang::DE);
        assert_eq!(ago(en, 30), "just now");
        assert_eq!(ago(en, 61), "1 minute ago");
        assert_eq!(ago(en, 7300), "2 hours ago");
        assert_eq!(ago(de, 7300), "vor 2 Stunden");
        assert_eq!(ago(de, 86_400), "vor 1 Tag");
        assert_eq!(
            device_in_words(
                en,
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36"
            )
            .into_string(),
            "Chrome on Linux"
        );
        assert_eq!(
            device_in_words(de, "curl/8.0").into_string(),
            "Ein unbekanntes Programm"
        );
        let arabic = Tr::new(Lang::from_code("ar").unwrap());
        let words =
            device_in_words(arabic, "Mozilla/5.0 (X11; Linux x86_64) Firefox/153.0").into_string();
        assert!(
            words.contains("<bdi>Firefox</bdi>") && words.contains("<bdi>Linux</bdi>"),
            "{words}"
        );
    }
}
