//! A minute at 64 concurrent clients on a signed-in person's settings page: every answer a
//! 200, no connection error, memory flat, and nothing secret in the log.

use std::time::{Duration, Instant};

use reqwest::cookie::CookieStore;
use serde_json::json;

use crate::browser::{Browser, Response};
use crate::harness::{Profile, stack};
use crate::load_generator::{self, quantile, tally};
use crate::ui_process::UiProcess;

const CONCURRENCY: usize = 64;

/// The flow id of a settings page and the `Cookie` header its browser sends.
pub fn flow_and_cookie(browser: &Browser, page: &Response) -> (String, String) {
    let flow = page.flow_id();
    let cookie = browser
        .jar
        .cookies(&page.url.parse().unwrap())
        .expect("a signed-in browser has cookies")
        .to_str()
        .unwrap()
        .to_owned();
    (flow, cookie)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_minute_of_64_concurrent_settings_pages_has_no_error_and_flat_memory() {
    let _heavy = crate::HEAVY.lock().await;
    let seconds: u64 = std::env::var("RELIABILITY_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let stack = stack(Profile::Default).await;
    let (_user, browser, settings) = Browser::signed_in(&stack, json!({"name": "Load"})).await;
    let (flow, cookie) = flow_and_cookie(&browser, &settings);
    let ui = UiProcess::start(&stack.kratos_public, &[("RUST_LOG", "debug")]);
    let url = format!("{}/settings?flow={flow}", ui.url);

    let started = Instant::now();
    let mut memory = vec![(Duration::ZERO, ui.rss_kib())];
    let load = tokio::spawn({
        let (url, cookie) = (url.clone(), cookie.clone());
        async move {
            load_generator::run(&url, &cookie, CONCURRENCY, Duration::from_secs(seconds)).await
        }
    });
    while !load.is_finished() {
        tokio::time::sleep(Duration::from_secs(1)).await;
        memory.push((started.elapsed(), ui.rss_kib()));
    }
    let samples = load.await.unwrap();

    let elapsed = started.elapsed().as_secs_f64();
    let rss: Vec<u64> = memory.iter().map(|(_, kib)| kib / 1024).collect();
    println!(
        "load: {} requests in {elapsed:.1} s = {:.0}/s at c={CONCURRENCY}; p50 {:?}, p99 {:?}, \
         max {:?}; statuses {:?}; UI RSS MiB per second: {rss:?}",
        samples.len(),
        samples.len() as f64 / elapsed,
        quantile(&samples, 0.5),
        quantile(&samples, 0.99),
        quantile(&samples, 1.0),
        tally(&samples),
    );
    assert!(
        samples.len() > 1000,
        "the load ran: {} requests",
        samples.len()
    );
    let not_ok: Vec<_> = samples
        .iter()
        .filter(|sample| sample.answer != Ok(200))
        .collect();
    assert!(
        not_ok.is_empty(),
        "{} of {} requests were not a 200: {:?}",
        not_ok.len(),
        samples.len(),
        tally(&samples)
    );

    // Flat: the highest resident size in the last third of the run is within 10 % (+2 MiB for
    // allocator noise) of the highest in the second sixth, after warm-up.
    let window = |from: f64, to: f64| {
        memory
            .iter()
            .filter(|(at, _)| {
                let at = at.as_secs_f64() / elapsed;
                at >= from && at <= to
            })
            .map(|(_, kib)| *kib)
            .max()
            .unwrap_or(0)
    };
    let (early, late) = (window(1.0 / 6.0, 2.0 / 6.0), window(4.0 / 6.0, 1.0));
    assert!(early > 0, "memory was sampled: {memory:?}");
    assert!(
        late <= early + early / 10 + 2048,
        "memory grew under steady load: {early} KiB early, {late} KiB late ({memory:?})"
    );

    let log = ui.log_text();
    assert!(!log.contains("panicked"), "the UI panicked:\n{log}");
    let access_lines = log
        .lines()
        .filter(|line| line.contains("GET /settings"))
        .count();
    assert!(
        access_lines >= samples.len() / 2,
        "the access log names requests"
    );
    let session_token = cookie
        .split("; ")
        .find_map(|pair| pair.strip_prefix("ory_kratos_session="))
        .expect("a Kratos session cookie");
    for secret in [session_token, flow.as_str()] {
        assert!(!log.contains(secret), "the UI log holds a secret: {secret}");
    }
}
