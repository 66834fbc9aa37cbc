//! Kratos killed under load and started again: while it is down every request is answered at
//! once by a clear 503 page (never a hang, a connection error or another status); once it is
//! back, the same UI process serves normally within a second, with no restart.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::browser::Browser;
use crate::harness::{Profile, stack};
use crate::load::flow_and_cookie;
use crate::load_generator::{self, tally};
use crate::ui_process::UiProcess;

const TIMEOUT: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kratos_killed_under_load_gives_503_pages_and_recovers_within_a_second() {
    let _heavy = crate::HEAVY.lock().await;
    let stack = stack(Profile::Restartable).await;
    let (_user, browser, settings) = Browser::signed_in(&stack, json!({})).await;
    let (flow, cookie) = flow_and_cookie(&browser, &settings);
    let timeout_ms = TIMEOUT.as_millis().to_string();
    let ui = UiProcess::start(&stack.kratos_public, &[("KRATOS_TIMEOUT_MS", &timeout_ms)]);
    let url = format!("{}/settings?flow={flow}", ui.url);

    let started = Instant::now();
    let load = tokio::spawn({
        let (url, cookie) = (url.clone(), cookie.clone());
        async move { load_generator::run(&url, &cookie, 16, Duration::from_secs(12)).await }
    });
    tokio::time::sleep(Duration::from_secs(3)).await;
    let killing = started.elapsed();
    tokio::task::block_in_place(|| stack.kill_kratos());
    let killed = started.elapsed();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let restarting = started.elapsed();
    tokio::task::block_in_place(|| stack.start_kratos());
    let ready = started.elapsed();
    let samples = load.await.unwrap();
    println!(
        "kill: killed at {killing:?}..{killed:?}, restarted {restarting:?}..{ready:?}; {:?}",
        tally(&samples)
    );

    for sample in &samples {
        let Ok(status) = sample.answer else {
            panic!("a request got no answer: {sample:?}");
        };
        assert!(
            status == 200 || (status == 503 && sample.says_unavailable),
            "only pages or the clear 503 page: {sample:?}"
        );
        assert!(sample.took < TIMEOUT + Duration::from_secs(1), "{sample:?}");
    }
    let while_down: Vec<_> = samples
        .iter()
        .filter(|s| s.sent_at >= killed && s.sent_at + s.took <= restarting)
        .collect();
    assert!(
        while_down.len() > 10,
        "requests were made while Kratos was down"
    );
    assert!(
        while_down.iter().all(|s| s.answer == Ok(503)),
        "every request while Kratos was down is a 503"
    );
    let first_page_after = samples
        .iter()
        .filter(|s| s.sent_at >= ready && s.answer == Ok(200))
        .map(|s| s.sent_at + s.took)
        .min()
        .expect("pages are served after Kratos is back");
    assert!(
        first_page_after - ready < Duration::from_secs(1),
        "served within a second of Kratos being ready: {:?}",
        first_page_after - ready
    );
    let settled: Vec<_> = samples
        .iter()
        .filter(|s| s.sent_at >= ready + Duration::from_secs(1))
        .collect();
    assert!(!settled.is_empty());
    assert!(
        settled.iter().all(|s| s.answer == Ok(200)),
        "normal service a second after Kratos is back: {:?}",
        tally(&settled.into_iter().cloned().collect::<Vec<_>>())
    );
    assert!(!ui.log_text().contains("panicked"));
}
