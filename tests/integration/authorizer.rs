//! Ory Hydra v2.3.0 as the OAuth2 and OpenID Connect server of apps, with the UI as its login,
//! consent and logout app (the `OAuth2` stack): the deployment the reference UI is used for.
//! Kratos is configured with `oauth2_provider.url` and accepts Hydra's logins itself.

use std::path::{Path, PathBuf};

use crate::harness::{binary_from_env, free_port};
use crate::provider::launch_hydra;

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
        let ui = &self.ui;
        launch_hydra(
            &self.bin,
            &self.dir.join("hydra-apps.log"),
            (self.public_port, self.admin_port),
            &[
                ("URLS_SELF_ISSUER", format!("{}/", self.public_url())),
                ("URLS_LOGIN", format!("{ui}/login")),
                ("URLS_CONSENT", format!("{ui}/consent")),
                ("URLS_LOGOUT", format!("{ui}/logout")),
                ("URLS_ERROR", format!("{ui}/error")),
                ("URLS_POST_LOGOUT_REDIRECT", format!("{ui}/login")),
            ],
        )
    }
}
