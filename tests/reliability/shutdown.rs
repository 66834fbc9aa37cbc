//! Stopping and logging: SIGTERM lets a request in flight finish before the process exits;
//! request ids reach the response and the log; `RUST_LOG` sets the level.

use std::net::TcpStream;
use std::time::Duration;

use serde_json::json;

use crate::browser::Browser;
use crate::harness::{Profile, free_port, stack};
use crate::load::flow_and_cookie;
use crate::proxy::Proxy;
use crate::ui_process::UiProcess;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_the_request_in_flight_finish_then_the_process_exits() {
    let _heavy = crate::HEAVY.lock().await;
    let stack = stack(Profile::Default).await;
    let (_user, browser, settings) = Browser::signed_in(&stack, json!({"name": "Patient"})).await;
    let (flow, cookie) = flow_and_cookie(&browser, &settings);
    let kratos_port: u16 = stack.kratos_public_port();
    let slow_kratos = Proxy::start(kratos_port);
    slow_kratos.delay(Duration::from_millis(1500));
    let mut ui = UiProcess::start(&format!("http://localhost:{}", slow_kratos.port), &[]);

    let in_flight = tokio::spawn({
        let url = format!("{}/settings?flow={flow}", ui.url);
        async move {
            let response = reqwest::Client::new()
                .get(url)
                .header("cookie", cookie)
                .header("x-request-id", "trace-me-42")
                .send()
                .await
                .expect("the request in flight is answered");
            let id = response.headers().get("x-request-id").cloned();
            (
                response.status().as_u16(),
                id,
                response.text().await.unwrap(),
            )
        }
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    ui.terminate();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        TcpStream::connect(("127.0.0.1", ui.port)).is_err(),
        "a stopping server accepts no new connection"
    );
    let (status, id, body) = in_flight.await.unwrap();
    assert_eq!(status, 200, "the page in flight was served: {body}");
    assert!(body.contains("Patient"), "it is the person's settings page");
    let id = id.unwrap().to_str().unwrap().to_owned();
    assert_eq!(id.len(), 16, "our own id answers, not the client's: {id}");
    let exit = tokio::task::block_in_place(|| ui.exited_within(Duration::from_secs(10)))
        .expect("the process exits after the request");
    assert!(exit.success(), "a clean exit: {exit}");
    let log = ui.log_text();
    assert!(
        log.lines().any(|line| line.contains("GET /settings")
            && line.contains(&format!("id={id} incoming=trace-me-42"))),
        "the access line names our id and, beside it, the proxy's:\n{log}"
    );
    assert!(log.contains("stopped"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rust_log_sets_the_level_and_warnings_name_their_request() {
    let _heavy = crate::HEAVY.lock().await;
    let no_kratos = format!("http://localhost:{}", free_port());
    const FLOW: &str = "123e4567-e89b-12d3-a456-426614174000";
    for level in ["warn", "info"] {
        let ui = UiProcess::start(&no_kratos, &[("RUST_LOG", level)]);
        let page = reqwest::Client::new()
            .get(format!("{}/settings?flow={FLOW}", ui.url))
            .header("x-request-id", "proxy-7")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 503);
        let id = page.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert_eq!(id.len(), 16, "a generated id: {id}");
        tokio::time::sleep(Duration::from_millis(200)).await;
        let log = ui.log_text();
        assert!(
            log.lines()
                .any(|line| line.contains("WARN")
                    && line.contains(&format!("[{id} incoming=proxy-7]"))),
            "{level}: the warning names the request by both ids:\n{log}"
        );
        let access = log.lines().any(|line| line.contains("GET /settings"));
        assert_eq!(
            access,
            level == "info",
            "{level}: access lines at info only:\n{log}"
        );
        assert!(!log.contains(FLOW), "no flow id in the log:\n{log}");
    }
}
