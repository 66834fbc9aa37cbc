//! Where the account is signed in: each session in words (device, address, when), this one
//! marked, the others each with a sign-out button, and one button for all of them.

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::kratos::model::Session;
use crate::notice::Notice;
use crate::routes;

pub const TITLE: &str = "Where you are signed in";

pub fn page(
    chrome: &Chrome,
    current: &Session,
    others: &[Session],
    notice: Option<&Notice>,
    now_unix: i64,
) -> Markup {
    layout::page(
        chrome,
        TITLE,
        html! {
            div.flow data-testid="sessions" {
                h1.page-title { (TITLE) }
                p.page-intro { "If you do not recognise a device, sign it out and change your password." }
                div #flow-status .flow-status tabindex="-1" autofocus[notice.is_some()] {
                    @if let Some(notice) = notice {
                        div.flow-messages role="status" {
                            p.message.message--success data-testid={ "ui/notice/" (notice.id()) } { (notice.text()) }
                        }
                    }
                }
                ul.sessions {
                    li.session.session--current data-testid="session-current" {
                        (describe(current, now_unix))
                        p.session-badge { strong { "This device" } }
                    }
                    @for other in others {
                        li.session data-testid="session-other" {
                            (describe(other, now_unix))
                            form method="post" action=(chrome.links.path(routes::SESSIONS_REVOKE)) {
                                input type="hidden" name="session" value=(other.id);
                                button.button.button--secondary type="submit" { "Sign this device out" }
                            }
                        }
                    }
                }
                @if others.is_empty() {
                    p data-testid="no-other-sessions" { "You are not signed in anywhere else." }
                } @else {
                    form method="post" action=(chrome.links.path(routes::SESSIONS_REVOKE_OTHERS)) {
                        button.button.button--primary type="submit" data-testid="revoke-other-sessions" {
                            "Sign out every other device"
                        }
                    }
                }
                p.actions { a href=(chrome.links.path(routes::SETTINGS)) { "Back to your account settings" } }
            }
        },
    )
}

fn describe(session: &Session, now_unix: i64) -> Markup {
    let device = session.devices.first();
    let what = device
        .and_then(|device| device.user_agent.as_deref())
        .map_or_else(|| "An unknown device".to_owned(), device_in_words);
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
        .map(|then| ago(now_unix - then));
    html! {
        p.session-device { (what) }
        p.session-details {
            @if let Some(when) = when { "Signed in " (when) }
            @if let Some(address) = address { " · from " (address) }
            @if let Some(place) = place { " (" (place) ")" }
        }
    }
}

/// "Chrome on Linux", from a user agent string.
pub fn device_in_words(user_agent: &str) -> String {
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
        (Some(browser), Some(system)) => format!("{browser} on {system}"),
        (Some(browser), None) => browser.to_owned(),
        (None, Some(system)) => format!("A program on {system}"),
        (None, None) => "An unknown program".to_owned(),
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
pub fn ago(seconds: i64) -> String {
    let plural = |n: i64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match seconds {
        ..60 => "just now".to_owned(),
        60..3600 => plural(seconds / 60, "minute"),
        3600..86_400 => plural(seconds / 3600, "hour"),
        _ => plural(seconds / 86_400, "day"),
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

    #[test]
    fn times_and_devices_read_as_words() {
        assert_eq!(unix_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            unix_seconds("2026-11-25T04:56:02.123456Z"),
            Some(1_795_582_562)
        );
        assert_eq!(ago(30), "just now");
        assert_eq!(ago(61), "1 minute ago");
        assert_eq!(ago(7300), "2 hours ago");
        assert_eq!(
            device_in_words(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36"
            ),
            "Chrome on Linux"
        );
        assert_eq!(device_in_words("curl/8.0"), "An unknown program");
    }
}
