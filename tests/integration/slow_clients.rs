//! Slow clients and bursts: requests that trickle in are cut off in time while everyone else
//! is served, and a flood of readiness probes is not a flood of calls to Kratos.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use kratos_htmx_ui::flows::health::READY_TTL;
use kratos_htmx_ui::http::slow_clients::BODY_DEADLINE;
use kratos_htmx_ui::startup::HEAD_DEADLINE;
use serde_json::json;

use crate::browser::Browser;
use crate::faults::ui_configured;
use crate::harness::{Profile, Stack, stack};
use crate::proxy::Proxy;

/// What one slow client saw: when the answer began (since it connected), its status, and
/// whether the server then closed the connection.
#[derive(Debug)]
struct Cut {
    answered_after: Duration,
    status: u16,
    closed: bool,
}

/// Which part of its request a slow client trickles.
#[derive(Clone, Copy, Debug)]
enum Slow {
    /// The headers: one more byte of a header value at a time.
    Head,
    /// The body of a 1,000-byte form, after complete headers.
    Body,
    /// A chunked body, one byte per chunk.
    Chunked,
    /// A chunked body that stops after its first chunk and stays silent.
    SilentChunked,
    /// A second request on the same connection, its headers trickled: the connection closes
    /// after the first answer, so the second request is never read.
    SecondHead,
}

/// A client that sends the start of a request, then one byte every 200 ms, until the server
/// answers (or 40 s pass).
fn trickle(port: u16, slow: Slow) -> Cut {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    const FORM: &str = "POST /language HTTP/1.1\r\nHost: localhost\r\nSec-Fetch-Site: same-origin\r\n\
                        Content-Type: application/x-www-form-urlencoded\r\n";
    let (start, each) = match slow {
        Slow::Head => (
            "POST /language HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".to_owned(),
            "e",
        ),
        Slow::Body => (format!("{FORM}Content-Length: 1000\r\n\r\nlang="), "e"),
        Slow::Chunked => (
            format!("{FORM}Transfer-Encoding: chunked\r\n\r\n5\r\nlang=\r\n"),
            "1\r\ne\r\n",
        ),
        Slow::SilentChunked => (
            format!("{FORM}Transfer-Encoding: chunked\r\n\r\n5\r\nlang=\r\n"),
            "",
        ),
        Slow::SecondHead => (
            "GET /health/alive HTTP/1.1\r\nHost: localhost\r\n\r\nGET /health/alive HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                .to_owned(),
            "e",
        ),
    };
    stream.write_all(start.as_bytes()).unwrap();
    // The answer to the first request on the connection, when there is one, is not the cut.
    if matches!(slow, Slow::SecondHead) {
        let mut first = [0u8; 4096];
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let read = stream.read(&mut first).unwrap();
        assert!(String::from_utf8_lossy(&first[..read]).starts_with("HTTP/1.1 200"));
    }
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    let mut answered_after = None;
    let closed = loop {
        assert!(
            started.elapsed() < Duration::from_secs(40),
            "{slow:?}: never cut off: {}",
            String::from_utf8_lossy(&answer)
        );
        match stream.read(&mut buffer) {
            Ok(0) => break true,
            Ok(n) => {
                answered_after.get_or_insert(started.elapsed());
                answer.extend_from_slice(&buffer[..n]);
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                // Nothing yet: one more byte, as long as the server still takes them.
                if answered_after.is_none() && stream.write_all(each.as_bytes()).is_err() {
                    break true;
                }
            }
            Err(_) => break true,
        }
    };
    let head = String::from_utf8_lossy(&answer);
    Cut {
        answered_after: answered_after.unwrap_or_else(|| started.elapsed()),
        status: head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0),
        closed,
    }
}

/// Fifty clients trickle a form's body and ten a request's headers (slowloris): each is answered
/// 408 and disconnected at its deadline, and meanwhile a person's pages answer as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_slow_bodies_are_cut_off_in_time_while_pages_keep_answering() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({"name": "Patient"})).await;
    let port: u16 = stack.ui.rsplit(':').next().unwrap().parse().unwrap();
    let kinds = [
        (Slow::Body, 50),
        (Slow::Head, 5),
        (Slow::Chunked, 5),
        (Slow::SilentChunked, 5),
        (Slow::SecondHead, 5),
    ];
    let slow: Vec<_> = kinds
        .iter()
        .flat_map(|&(slow, count)| std::iter::repeat_n(slow, count))
        .map(|slow| std::thread::spawn(move || (slow, trickle(port, slow))))
        .collect();

    // While they trickle, a person's pages answer as usual (generously timed: 2 shared CPUs).
    let mut served = 0;
    while !slow.iter().all(|client| client.is_finished()) {
        let started = Instant::now();
        let page = browser.get(&settings.url).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Patient"), "the person's own page");
        assert_eq!(browser.get(&stack.url("/health/alive")).await.status, 200);
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "a page took {:?} during the slow clients",
            started.elapsed()
        );
        served += 1;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(served >= 5, "pages were served while the slow clients ran");

    for client in slow {
        let (slow, cut) = client.join().unwrap();
        assert!(cut.closed, "{slow:?}: the connection is closed: {cut:?}");
        if let Slow::SecondHead = slow {
            assert_eq!(cut.status, 0, "never answered: {cut:?}");
            assert!(cut.answered_after < Duration::from_secs(8), "{cut:?}");
            continue;
        }
        let deadline = match slow {
            Slow::Head => HEAD_DEADLINE,
            _ => BODY_DEADLINE,
        };
        assert_eq!(cut.status, 408, "{slow:?}: {cut:?}");
        assert!(
            cut.answered_after >= deadline - Duration::from_millis(500)
                && cut.answered_after < deadline + Duration::from_secs(8),
            "{slow:?}: cut off at the deadline ({deadline:?}): {cut:?}"
        );
    }
}

#[tokio::test]
async fn a_flood_of_readiness_probes_asks_kratos_about_once() {
    let lease = stack(Profile::Quiet).await;
    let stack: &Stack = &lease;
    let proxy = Proxy::start(stack.kratos_public_port());
    let ui = ui_configured(proxy.port, |_| {});
    let asked = || proxy.requests_for("/health/ready");
    let client = reqwest::Client::new();
    let started = Instant::now();
    let probes: Vec<_> = (0..200)
        .map(|_| {
            let probe = client.get(format!("{ui}/health/ready")).send();
            tokio::spawn(async move { probe.await.map(|answer| answer.status().as_u16()) })
        })
        .collect();
    for probe in probes {
        assert_eq!(probe.await.unwrap().unwrap(), 200);
    }
    // One call per READY_TTL at most (plus the first), however long the burst took here.
    let allowed = 1 + (started.elapsed().as_secs_f64() / READY_TTL.as_secs_f64()).ceil() as usize;
    assert!(
        (1..=allowed).contains(&asked()),
        "200 probes asked Kratos {} times",
        asked()
    );
    // Once the answer is older than READY_TTL, the next probe asks again.
    let before = asked();
    tokio::time::sleep(READY_TTL).await;
    let probe = client
        .get(format!("{ui}/health/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(probe.status(), 200);
    assert_eq!(asked(), before + 1);
}

/// A trusted reverse proxy keeps its connection for request after request; anyone else's
/// connection carries one request (so every request's head has its deadline).
#[tokio::test]
async fn only_trusted_proxies_keep_their_connections_alive() {
    let lease = stack(Profile::Quiet).await;
    let stack: &Stack = &lease;
    for trusted in [false, true] {
        let ui = ui_configured(stack.kratos_public_port(), |config| {
            if trusted {
                config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
            }
        });
        let port: u16 = ui.rsplit(':').next().unwrap().parse().unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let request = b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\n\r\n";
        let mut answers = 0;
        for _ in 0..3 {
            if stream.write_all(request).is_err() {
                break;
            }
            let mut buffer = [0u8; 4096];
            match stream.read(&mut buffer) {
                Ok(n) if n > 0 && buffer.starts_with(b"HTTP/1.1 200") => answers += 1,
                _ => break,
            }
        }
        let expected = if trusted { 3 } else { 1 };
        assert_eq!(answers, expected, "trusted: {trusted}");
    }
}
