//! Ory Hydra v2.3.0 as the OAuth2 and OpenID Connect server of apps, with the UI as its login,
//! consent and logout app (the `OAuth2` stack): the deployment the reference UI is used for.
//! Kratos is configured with `oauth2_provider.url` and accepts Hydra's logins itself.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{binary_from_env, die_with_this_thread, free_port, http_get_status};

/// The client id the UI is configured to trust (`TRUSTED_CLIENT_IDS`): no consent screen.
pub const TRUSTED_APP: &str = "trusted-app";

/// Everything needed to start Hydra on the supervisor thread.
pub struct Authorizer {
    bin: PathBuf,
    dir: PathBuf,
    ui: String,
    public_port: u16,
    admin_port: u16,
}

impl Authorizer {
    pub fn plan(dir: &Path, ui: &str) -> Authorizer {
        Authorizer {
            bin: binary_from_env(
                "HYDRA_BIN",
                "OAuth2 server for apps (Hydra)",
                "tests/hydra/build.sh",
            ),
            dir: dir.to_owned(),
            ui: ui.to_owned(),
            public_port: free_port(),
            admin_port: free_port(),
        }
    }

    pub fn admin_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.admin_port)
    }

    /// Where browsers reach Hydra: `localhost`, like the UI and Kratos.
    pub fn public_url(&self) -> String {
        format!("http://localhost:{}", self.public_port)
    }

    /// Starts Hydra with the UI as its login, consent, logout and error pages; waits until ready.
    pub fn start(self) -> Result<(), String> {
        let log =
            std::fs::File::create(self.dir.join("hydra-apps.log")).map_err(|e| e.to_string())?;
        let ui = &self.ui;
        let mut command = Command::new(&self.bin);
        command
            .args(["serve", "all", "--dev", "--sqa-opt-out"])
            .env("DSN", "memory")
            .env("URLS_SELF_ISSUER", format!("{}/", self.public_url()))
            .env("URLS_LOGIN", format!("{ui}/login"))
            .env("URLS_CONSENT", format!("{ui}/consent"))
            .env("URLS_LOGOUT", format!("{ui}/logout"))
            .env("URLS_ERROR", format!("{ui}/error"))
            .env("URLS_POST_LOGOUT_REDIRECT", format!("{ui}/login"))
            .env(
                "SECRETS_SYSTEM",
                "hydra-apps-system-secret-for-the-tests-0123",
            )
            .env("SERVE_PUBLIC_PORT", self.public_port.to_string())
            .env("SERVE_PUBLIC_HOST", "127.0.0.1")
            .env("SERVE_ADMIN_PORT", self.admin_port.to_string())
            .env("SERVE_ADMIN_HOST", "127.0.0.1")
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log);
        die_with_this_thread(&mut command);
        let mut child = command.spawn().map_err(|e| format!("spawn Hydra: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(60);
        while !matches!(
            http_get_status(self.public_port, "/health/ready"),
            Ok((200, _))
        ) {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("Hydra exited with {status}; see hydra-apps.log"));
            }
            if Instant::now() > deadline {
                return Err("Hydra was not ready within 60 s; see hydra-apps.log".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        // The process ends with the supervisor thread (die_with_this_thread).
        drop(child);
        Ok(())
    }
}
