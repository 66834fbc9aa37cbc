//! A real OpenID Connect provider for the social sign-in tests: Ory Hydra v2.3.0 (built from
//! the Go module proxy by `tests/hydra/build.sh`, found through `HYDRA_BIN`), plus the small
//! login-and-consent app every Hydra needs, which here accepts at once for the account a test
//! chose with [`crate::harness::Stack::provider_signs_in`].

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{
    binary_from_env, die_with_this_thread, free_port, http_get_status, http_json,
};

/// The provider id Kratos knows Hydra by, and the label people see.
pub const PROVIDER_ID: &str = "hydra";
pub const PROVIDER_LABEL: &str = "Example ID";

/// The account the provider signs in next, and what it consents to.
#[derive(Clone, Debug)]
pub struct ProviderAccount {
    pub subject: String,
    pub email: String,
    /// `false` consents without the `openid` scope (no ID token): Kratos must refuse that.
    pub grant_openid: bool,
}

/// Everything needed to start Hydra on the supervisor thread.
pub struct Provider {
    bin: PathBuf,
    dir: PathBuf,
    kratos_public_port: u16,
    pub account: Arc<Mutex<ProviderAccount>>,
    /// Chosen when planned, so the UI's configuration can name the provider's origins.
    public_port: u16,
    admin_port: u16,
    app: TcpListener,
}

impl Provider {
    pub fn plan(dir: &Path, kratos_public_port: u16) -> Provider {
        Provider {
            bin: binary_from_env(
                "HYDRA_BIN",
                "OpenID Connect provider (Hydra)",
                "tests/hydra/build.sh",
            ),
            dir: dir.to_owned(),
            kratos_public_port,
            public_port: free_port(),
            admin_port: free_port(),
            app: TcpListener::bind("127.0.0.1:0").expect("a port for the login-and-consent app"),
            account: Arc::new(Mutex::new(ProviderAccount {
                subject: "nobody".into(),
                email: "nobody@example.com".into(),
                grant_openid: true,
            })),
        }
    }

    /// Every origin a browser passes through when signing in with the provider: Hydra and
    /// its login-and-consent app (for the UI's `SOCIAL_SIGN_IN_ORIGINS`).
    pub fn origins(&self) -> Vec<String> {
        let app_port = self.app.local_addr().unwrap().port();
        vec![
            format!("http://localhost:{}", self.public_port),
            format!("http://localhost:{app_port}"),
        ]
    }

    /// Starts Hydra and the login/consent app, registers Kratos as a client and returns the
    /// `selfservice.methods.oidc` block of Kratos's configuration.
    pub fn start(self) -> Result<String, String> {
        let (public_port, admin_port) = (self.public_port, self.admin_port);
        let app = self.app.try_clone().map_err(|e| e.to_string())?;
        let app_port = app.local_addr().unwrap().port();
        let admin = format!("http://127.0.0.1:{admin_port}");
        let issuer = format!("http://localhost:{public_port}/");
        launch_hydra(
            &self.bin,
            &self.dir.join("hydra.log"),
            (public_port, admin_port),
            &[
                ("URLS_SELF_ISSUER", issuer.clone()),
                ("URLS_LOGIN", format!("http://localhost:{app_port}/login")),
                (
                    "URLS_CONSENT",
                    format!("http://localhost:{app_port}/consent"),
                ),
            ],
        )?;

        let secret = "kratos-client-secret-for-the-tests-0123456789";
        let callback = format!(
            "http://localhost:{}/self-service/methods/oidc/callback/{PROVIDER_ID}",
            self.kratos_public_port
        );
        let (status, client) = http_json(
            "POST",
            &format!("{admin}/admin/clients"),
            Some(&json!({
                "client_secret": secret,
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "scope": "openid email offline_access",
                "redirect_uris": [callback],
                "token_endpoint_auth_method": "client_secret_post",
            })),
        );
        if status != 201 {
            return Err(format!("registering Kratos at Hydra: {status} {client}"));
        }
        let client_id = client["client_id"].as_str().unwrap_or_default().to_owned();

        let account = self.account.clone();
        std::thread::spawn(move || login_and_consent_app(app, &admin, &account));

        let mapper = self.dir.join("oidc.mapper.jsonnet");
        std::fs::write(
            &mapper,
            "local claims = std.extVar('claims');\n{ identity: { traits: { email: claims.email } } }\n",
        )
        .map_err(|e| e.to_string())?;
        Ok(format!(
            "    oidc:
      enabled: true
      config:
        providers:
          - id: {PROVIDER_ID}
            label: {PROVIDER_LABEL}
            provider: generic
            client_id: {client_id}
            client_secret: {secret}
            issuer_url: {issuer}
            mapper_url: file://{}
            scope:
              - openid
              - email",
            mapper.display()
        ))
    }
}

/// Starts Hydra (in memory, `--dev`) on `ports` (public, admin) with the `urls` settings
/// (environment names such as `URLS_LOGIN`), logging to `log`; waits until it is ready. The
/// process ends with the calling thread.
pub fn launch_hydra(
    bin: &Path,
    log: &Path,
    (public_port, admin_port): (u16, u16),
    urls: &[(&str, String)],
) -> Result<(), String> {
    let name = log
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let log = std::fs::File::create(log).map_err(|e| e.to_string())?;
    let mut command = Command::new(bin);
    command
        .args(["serve", "all", "--dev", "--sqa-opt-out"])
        .env("DSN", "memory")
        .env(
            "SECRETS_SYSTEM",
            "hydra-system-secret-for-the-tests-0123456789",
        )
        .env("SERVE_PUBLIC_PORT", public_port.to_string())
        .env("SERVE_PUBLIC_HOST", "127.0.0.1")
        .env("SERVE_ADMIN_PORT", admin_port.to_string())
        .env("SERVE_ADMIN_HOST", "127.0.0.1")
        .envs(urls.iter().map(|(name, value)| (*name, value.as_str())))
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    die_with_this_thread(&mut command);
    let mut child = command.spawn().map_err(|e| format!("spawn Hydra: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(60);
    while !matches!(http_get_status(public_port, "/health/ready"), Ok((200, _))) {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("Hydra exited with {status}; see {name}"));
        }
        if Instant::now() > deadline {
            return Err(format!("Hydra was not ready within 60 s; see {name}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// Hydra's login and consent endpoints, accepting at once for the chosen account.
fn login_and_consent_app(listener: TcpListener, admin: &str, account: &Mutex<ProviderAccount>) {
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let mut buffer = [0u8; 8192];
        let read = stream.read(&mut buffer).unwrap_or(0);
        let request = String::from_utf8_lossy(&buffer[..read]).into_owned();
        let target = request.split_whitespace().nth(1).unwrap_or("/");
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let param = |name: &str| {
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
                .unwrap_or("")
                .to_owned()
        };
        let account = account.lock().unwrap().clone();
        let redirect = match path {
            "/login" => accept(
                admin,
                &format!("login/accept?login_challenge={}", param("login_challenge")),
                json!({"subject": account.subject, "remember": false}),
            ),
            "/consent" => {
                let challenge = param("consent_challenge");
                let (_, asked) = http_json(
                    "GET",
                    &format!(
                        "{admin}/admin/oauth2/auth/requests/consent?consent_challenge={challenge}"
                    ),
                    None,
                );
                let scopes: Vec<Value> = asked["requested_scope"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|scope| account.grant_openid || scope != "openid")
                    .collect();
                accept(
                    admin,
                    &format!("consent/accept?consent_challenge={challenge}"),
                    json!({
                        "grant_scope": scopes,
                        "grant_access_token_audience": asked["requested_access_token_audience"],
                        "session": {"id_token": {"email": account.email, "email_verified": true}},
                    }),
                )
            }
            _ => None,
        };
        let answer = match redirect {
            Some(to) => format!(
                "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
            None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .to_owned(),
        };
        let _ = stream.write_all(answer.as_bytes());
    }
}

fn accept(admin: &str, what: &str, body: Value) -> Option<String> {
    let (status, answer) = http_json(
        "PUT",
        &format!("{admin}/admin/oauth2/auth/requests/{what}"),
        Some(&body),
    );
    if status != 200 {
        eprintln!("Hydra refused {what}: {status} {answer}");
        return None;
    }
    answer["redirect_to"].as_str().map(str::to_owned)
}
