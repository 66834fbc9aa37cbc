//! A TLS failure to Kratos is the 503 page and one log line that names the reason, as the UI's
//! own process writes it.

use std::time::{Duration, Instant};

use crate::harness::free_port;
use crate::test_ca::TestCa;
use crate::ui_process::UiProcess;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_or_misnamed_kratos_certificate_is_named_in_the_log() {
    let _heavy = crate::HEAVY.lock().await;
    let ca = TestCa::get();
    let proxy = ca.proxy_to(free_port());
    let ca_file = ca.pem_file.to_str().unwrap();
    for (host, env, reason) in [
        ("localhost", vec![], "UnknownIssuer"),
        (
            "127.0.0.1",
            vec![("KRATOS_CA_FILE", ca_file)],
            "not valid for name",
        ),
    ] {
        let mut env = env;
        env.push(("RUST_LOG", "warn"));
        let ui = UiProcess::start(&format!("https://{host}:{proxy}"), &env);
        let page = reqwest::get(format!(
            "{}/settings?flow=123e4567-e89b-12d3-a456-426614174000",
            ui.url
        ))
        .await
        .unwrap();
        assert_eq!(page.status(), 503, "{host}");
        let deadline = Instant::now() + Duration::from_secs(10);
        let line = loop {
            let log = ui.log_text();
            if let Some(line) = log
                .lines()
                .find(|line| line.contains("invalid peer certificate"))
            {
                break line.to_owned();
            }
            assert!(
                Instant::now() < deadline,
                "{host}: no TLS reason logged:\n{log}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert!(line.contains(reason), "{host}: {line}");
        assert!(
            line.contains("WARN") && line.contains("Kratos /self-service/settings/flows"),
            "{line}"
        );
    }
}
