//! The UI binary as a child process: its own memory to measure, its own log to read, and a
//! real SIGTERM to send.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{die_with_this_thread, http_get_status};

pub struct UiProcess {
    child: Child,
    pub url: String,
    pub port: u16,
    pub log: PathBuf,
}

impl UiProcess {
    /// Starts the UI against the Kratos public API at `kratos_public` and waits until it is
    /// alive. `env` adds or overrides variables (`RUST_LOG`, `KRATOS_TIMEOUT_MS`, ...).
    pub fn start(kratos_public: &str, env: &[(&str, &str)]) -> UiProcess {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let port = {
            let probe = TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        let dir = root.join("target/test-stacks");
        std::fs::create_dir_all(&dir).unwrap();
        let log = dir.join(format!("ui-{}-{port}.log", std::process::id()));
        let log_file = std::fs::File::create(&log).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_kratos-htmx-ui"));
        command
            .env_clear()
            .env("KRATOS_PUBLIC_URL", kratos_public)
            .env("KRATOS_BROWSER_URL", kratos_public)
            .env("BIND", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("PUBLIC_URL", format!("http://localhost:{port}"))
            .env(
                "COOKIE_SECRET",
                "d3686def77475a8c8f5e21a610fcc6ae756cd5570c3e05b2",
            )
            .env("ASSETS_DIR", root.join("assets"))
            .env(
                "HTMX_JS",
                root.join("node_modules/htmx.org/dist/htmx.min.js"),
            )
            .env("KRATOS_TIMEOUT_MS", "5000")
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().unwrap())
            .stderr(log_file);
        die_with_this_thread(&mut command);
        let mut child = command.spawn().expect("start the UI binary");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !matches!(http_get_status(port, "/health/alive"), Ok((200, _))) {
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "the UI exited with {status}: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(Instant::now() < deadline, "the UI did not come up in 20 s");
            std::thread::sleep(Duration::from_millis(50));
        }
        UiProcess {
            child,
            url: format!("http://localhost:{port}"),
            port,
            log,
        }
    }

    /// Resident memory in KiB, from `/proc/<pid>/status`.
    pub fn rss_kib(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    /// Sends SIGTERM, as a container runtime or systemd would.
    pub fn terminate(&self) {
        // SAFETY: signals our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
    }

    /// Waits up to `limit` for the process to exit.
    pub fn exited_within(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for UiProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
