//! `kratos-htmx-ui healthcheck`: asks the running server on this machine whether it is alive.
//!
//! The container image runs on a minimal base with no shell tools (no `curl`, no `wget`), yet
//! Docker's `HEALTHCHECK` needs a command to run inside the container. Rather than adding an
//! HTTP client to the image, the binary itself can act as one: `kratos-htmx-ui healthcheck`
//! sends `GET <BASE_PATH>/health/alive` to the server listening on `PORT` and exits 0 on a
//! `200` answer, 1 otherwise with one line on stderr saying why.
//!
//! It uses the standard library only (a blocking `TcpStream`, no async runtime, no logger,
//! no configuration beyond `PORT`, `BIND` and `BASE_PATH`), so it starts in a millisecond and
//! cannot fail because some unrelated setting, such as `COOKIE_SECRET`, is missing from the
//! health checker's environment. Every step has a short timeout, so a hung server makes the
//! check fail instead of hanging.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

use crate::config::normalize_base_path;
use crate::routes;

/// The first command-line argument that selects this mode.
pub const COMMAND: &str = "healthcheck";

/// How long connecting, sending and reading may each take.
pub const TIMEOUT: Duration = Duration::from_secs(2);

/// The most of the answer we read: the status line is all we look at.
const MAX_ANSWER: u64 = 4096;

/// Runs the check against the server configured by the process environment and returns the
/// process exit status: 0 healthy, 1 not.
pub fn run() -> i32 {
    let outcome = Target::from_lookup(|name| std::env::var(name).ok())
        .and_then(|target| check(&target, TIMEOUT));
    match outcome {
        Ok(()) => 0,
        Err(why) => {
            eprintln!("healthcheck failed: {why}");
            1
        }
    }
}

/// Where the liveness endpoint of the local server is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub address: SocketAddr,
    /// `<BASE_PATH>/health/alive`.
    pub path: String,
}

impl Target {
    /// Reads `PORT` (default 4455), `BIND` (default 127.0.0.1; a wildcard address means the
    /// loopback address of its family) and `BASE_PATH` (default `/`) through `lookup`.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let port = match get("PORT") {
            Some(raw) => match raw.trim().parse::<u16>() {
                Ok(port) if port != 0 => port,
                _ => {
                    return Err(format!(
                        "PORT must be a number from 1 to 65535, got {raw:?}"
                    ));
                }
            },
            None => 4455,
        };
        let ip = match get("BIND") {
            Some(raw) => match raw.trim().parse::<IpAddr>() {
                Ok(IpAddr::V4(ip)) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
                Ok(IpAddr::V6(ip)) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
                Ok(ip) => ip,
                Err(_) => return Err(format!("BIND must be an IP address, got {raw:?}")),
            },
            None => IpAddr::V4(Ipv4Addr::LOCALHOST),
        };
        let base = match get("BASE_PATH") {
            Some(raw) => {
                normalize_base_path(&raw).map_err(|why| format!("BASE_PATH {why}, got {raw:?}"))?
            }
            None => String::new(),
        };
        Ok(Target {
            address: SocketAddr::new(ip, port),
            path: format!("{base}{}", routes::HEALTH_ALIVE),
        })
    }
}

/// Sends one `GET` to `target` and succeeds only on a `200` status line.
pub fn check(target: &Target, timeout: Duration) -> Result<(), String> {
    let url = format!("http://{}{}", target.address, target.path);
    let mut stream = TcpStream::connect_timeout(&target.address, timeout)
        .map_err(|e| format!("cannot connect to {url}: {e}"))?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|e| format!("cannot set timeouts: {e}"))?;
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: kratos-htmx-ui-healthcheck\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        target.path, target.address
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("cannot send the request to {url}: {e}"))?;

    // Read until the status line is complete (or the server closes, or the limit is reached).
    let mut answer = Vec::new();
    let mut chunk = [0u8; 512];
    let mut limited = (&mut stream).take(MAX_ANSWER);
    while !answer.contains(&b'\n') {
        match limited.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&chunk[..n]),
            Err(e) => return Err(format!("no answer from {url}: {e}")),
        }
    }
    let status_line = answer
        .split(|&byte| byte == b'\n')
        .next()
        .map(|line| String::from_utf8_lossy(line).trim_end().to_owned())
        .unwrap_or_default();
    match status_code(&status_line) {
        Some(200) => Ok(()),
        Some(code) => Err(format!("{url} answered {code}")),
        None if status_line.is_empty() => Err(format!("{url} closed without answering")),
        None => Err(format!("{url} did not answer HTTP")),
    }
}

/// `HTTP/1.1 200 OK` → `Some(200)`; anything that is not an HTTP status line → `None`.
fn status_code(line: &str) -> Option<u16> {
    let mut parts = line.split(' ');
    let version = parts.next()?;
    let code = parts.next()?;
    if !version.starts_with("HTTP/") || code.len() != 3 {
        return None;
    }
    code.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::net::TcpListener;
    use std::thread;

    fn target_from(vars: &[(&str, &str)]) -> Result<Target, String> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Target::from_lookup(|name| vars.get(name).cloned())
    }

    /// A one-shot server: accepts one connection, records the request head, answers `reply`
    /// (or, for `None`, holds the connection open without a word until the client gives up).
    fn serve_once(reply: Option<&'static str>) -> (Target, thread::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let server = thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            match reply {
                Some(reply) => stream.write_all(reply.as_bytes()).unwrap(),
                // Silent until the client has timed out and closed its end.
                None => while stream.read(&mut byte).unwrap_or(0) != 0 {},
            }
            String::from_utf8(head).unwrap()
        });
        let target = Target {
            address,
            path: "/account/health/alive".to_owned(),
        };
        (target, server)
    }

    #[test]
    fn a_200_answer_is_healthy_and_the_request_is_a_plain_get() {
        let (target, server) = serve_once(Some(
            "HTTP/1.1 200 OK\r\ncontent-length: 15\r\n\r\n{\"status\":\"ok\"}",
        ));
        assert_eq!(check(&target, TIMEOUT), Ok(()));
        let head = server.join().unwrap();
        assert!(
            head.starts_with("GET /account/health/alive HTTP/1.1\r\n"),
            "{head}"
        );
        assert!(
            head.contains(&format!("\r\nHost: {}\r\n", target.address)),
            "{head}"
        );
    }

    #[test]
    fn any_other_status_is_unhealthy_and_named() {
        let (target, server) = serve_once(Some(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n",
        ));
        let why = check(&target, TIMEOUT).unwrap_err();
        assert!(why.ends_with("answered 503"), "{why}");
        assert!(!why.contains('\n'));
        server.join().unwrap();
    }

    #[test]
    fn a_server_that_says_nothing_fails_within_the_timeout() {
        let (target, server) = serve_once(None);
        let started = std::time::Instant::now();
        let why = check(&target, Duration::from_millis(200)).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(2), "took too long");
        assert!(why.starts_with("no answer from http://"), "{why}");
        server.join().unwrap();
    }

    #[test]
    fn a_closed_connection_or_non_http_answer_is_unhealthy() {
        let (target, server) = serve_once(Some(""));
        let why = check(&target, TIMEOUT).unwrap_err();
        assert!(why.ends_with("closed without answering"), "{why}");
        server.join().unwrap();

        let (target, server) = serve_once(Some("SSH-2.0-OpenSSH\r\n"));
        let why = check(&target, TIMEOUT).unwrap_err();
        assert!(why.ends_with("did not answer HTTP"), "{why}");
        server.join().unwrap();
    }

    #[test]
    fn nobody_listening_is_unhealthy() {
        let address = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap()
        };
        let target = Target {
            address,
            path: routes::HEALTH_ALIVE.to_owned(),
        };
        let why = check(&target, TIMEOUT).unwrap_err();
        assert!(
            why.starts_with("cannot connect to http://127.0.0.1:"),
            "{why}"
        );
    }

    #[test]
    fn the_target_follows_port_bind_and_base_path() {
        assert_eq!(
            target_from(&[]).unwrap(),
            Target {
                address: "127.0.0.1:4455".parse().unwrap(),
                path: "/health/alive".to_owned()
            }
        );
        let target = target_from(&[
            ("PORT", "8080"),
            ("BIND", "0.0.0.0"),
            ("BASE_PATH", "/account/"),
        ])
        .unwrap();
        assert_eq!(target.address, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(target.path, "/account/health/alive");
        assert_eq!(
            target_from(&[("BIND", "::")]).unwrap().address,
            "[::1]:4455".parse().unwrap()
        );
        assert_eq!(
            target_from(&[("BIND", "10.1.2.3"), ("BASE_PATH", "/")])
                .unwrap()
                .address,
            "10.1.2.3:4455".parse().unwrap()
        );
    }

    #[test]
    fn bad_settings_are_one_line_naming_the_variable() {
        for (name, value) in [
            ("PORT", "http"),
            ("PORT", "0"),
            ("BIND", "localhost"),
            ("BASE_PATH", "x"),
        ] {
            let why = target_from(&[(name, value)]).unwrap_err();
            assert!(why.starts_with(name), "{why}");
            assert!(!why.contains('\n'));
        }
    }

    #[test]
    fn status_lines_are_parsed_strictly() {
        assert_eq!(status_code("HTTP/1.1 200 OK"), Some(200));
        assert_eq!(status_code("HTTP/1.0 200"), Some(200));
        assert_eq!(status_code("HTTP/1.1 2000 OK"), None);
        assert_eq!(status_code("200 OK"), None);
        assert_eq!(status_code(""), None);
    }
}
