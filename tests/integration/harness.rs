//! The test harness: a real Kratos process and the real UI, wired to each other.
//!
//! A [`Stack`] is one Kratos (built from the Go module proxy by `tests/kratos/build.sh`, found
//! through `KRATOS_BIN`) plus one UI server, on free ports of `localhost` (cookies ignore
//! ports, so the two share the browser's cookies exactly as in production). Stacks are started
//! lazily, once per test binary, per [`Profile`]: tests that need short lifetimes or a Kratos
//! they may stop get their own, so no test changes what another one sees.
//!
//! Each stack lives on a supervisor thread that owns the Kratos child process. The child gets
//! `PR_SET_PDEATHSIG`, so it dies with the test binary even when a test panics.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use kratos_htmx_ui::config::{Config, HydraConfig, Secret};
use kratos_htmx_ui::startup::Application;
use serde_json::{Value, json};

/// Kratos configurations the tests need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Ordinary lifetimes, shared by most tests.
    Default,
    /// Settings, login, registration, recovery and verification flows live 4 s and a
    /// session is privileged for 2 s:
    /// re-authentication and expiry without waiting an hour.
    ShortLived,
    /// Used by one test at a time that counts the requests Kratos receives.
    Quiet,
    /// A Kratos that a test stops and starts again.
    Restartable,
    /// Sign-up in one step (traits and password together) instead of Kratos's default two.
    OneStep,
    /// Kratos with social sign-in through a real OpenID Connect provider (Ory Hydra); a
    /// session is privileged for 5 s, so linking after re-authentication can be tested too.
    Social,
    /// Ory Hydra as an OAuth2/OpenID Connect server for apps, with this UI as its login,
    /// consent and logout app (Kratos accepts Hydra's logins itself).
    OAuth2,
    /// Sign-in and sign-up by a mailed code beside the password (`code.passwordless_enabled`).
    Codes,
    /// Sign-in by a mailed code, and no passwords (`password.enabled: false`).
    CodesOnly,
    /// A mailed code as second factor (`code.mfa_enabled`; Kratos v1.3.1 refuses it together
    /// with `passwordless_enabled`).
    CodeSecondFactor,
    /// Sign-in asks for the identifier first (`login.style: identifier_first`), with codes too.
    IdentifierFirst,
    /// Sign-up and recovery switched off (`registration.enabled`, `recovery.enabled`), and
    /// signing in with a password needs a verified address (`require_verified_address`).
    Strict,
}

impl Profile {
    /// Kratos settings of this profile beyond the template: a file of `tests/kratos/profiles/`
    /// (which `KRATOS_PROFILE=<name> scripts/dev.sh` uses too), merged by Kratos over the
    /// first configuration file (`-c` twice).
    pub fn kratos_overlay(self) -> Option<&'static str> {
        match self {
            Profile::Codes => Some("codes"),
            Profile::CodesOnly => Some("codes-only"),
            Profile::CodeSecondFactor => Some("code-second-factor"),
            Profile::IdentifierFirst => Some("identifier-first"),
            Profile::Strict => Some("strict"),
            _ => None,
        }
    }

    fn lifespans(self) -> (&'static str, &'static str) {
        match self {
            Profile::ShortLived => ("4s", "2s"),
            Profile::Social => ("1h", "5s"),
            _ => ("1h", "15m"),
        }
    }
}

/// One Kratos and one UI.
pub struct Stack {
    pub ui: String,
    /// Hydra's admin and public URLs (the `OAuth2` profile only).
    pub hydra: Option<(String, String)>,
    pub kratos_public: String,
    pub kratos_admin: String,
    pub kratos_log: PathBuf,
    control: Mutex<mpsc::Sender<Control>>,
    turn: tokio::sync::Mutex<()>,
    /// Who the OpenID Connect provider signs in next (the `Social` profile only).
    provider_account: Option<std::sync::Arc<Mutex<ProviderAccount>>>,
}

enum Control {
    Stop(mpsc::Sender<()>),
    #[allow(dead_code)] // used by the reliability tests, which share this file
    Kill(mpsc::Sender<()>),
    Start(mpsc::Sender<()>),
}

static STACKS: OnceLock<Mutex<Vec<(Profile, &'static Stack)>>> = OnceLock::new();

/// Exclusive use of the stack of `profile` (started on first use) for one test.
///
/// Tests of one stack take turns; different stacks run in parallel. Kratos on SQLite answers
/// concurrent writers from parallel tests with "database is locked", a race no person at their
/// own pace meets, so each test has its Kratos to itself while it runs.
pub async fn stack(profile: Profile) -> Lease {
    let stack = started(profile);
    Lease {
        stack,
        _turn: stack.turn.lock().await,
    }
}

fn started(profile: Profile) -> &'static Stack {
    let stacks = STACKS.get_or_init(|| Mutex::new(Vec::new()));
    let mut stacks = stacks
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, stack)) = stacks.iter().find(|(p, _)| *p == profile) {
        return stack;
    }
    let stack: &'static Stack = Box::leak(Box::new(Stack::start(profile)));
    stacks.push((profile, stack));
    stack
}

/// A stack, held for the duration of one test.
pub struct Lease {
    stack: &'static Stack,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl std::ops::Deref for Lease {
    type Target = Stack;

    fn deref(&self) -> &Stack {
        self.stack
    }
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A binary the tests need, named by an environment variable that `scripts/test.sh` sets; a
/// missing one fails loudly with the command that builds it (never a silent skip).
pub fn binary_from_env(var: &str, what: &str, build_script: &str) -> PathBuf {
    let bin = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| {
        panic!(
            "{var} is not set. These tests run a real {what}: run scripts/test.sh, \
             or `export {var}=$({build_script} | tail -n1)` first."
        )
    });
    assert!(bin.is_file(), "{var}={} is not a file", bin.display());
    bin
}

/// What differs between the Kratos configurations the tests render from the template.
pub struct KratosConfig<'a> {
    pub public_port: u16,
    pub admin_port: u16,
    /// The UI's origin, which Kratos's `ui_url`s and allowed return URLs name.
    pub ui: &'a str,
    /// How long settings and login flows live.
    pub flow_lifespan: &'a str,
    pub privileged_session_max_age: &'a str,
    pub one_step_registration: bool,
    /// Hydra's admin and public URLs, when Hydra uses this UI as its login, consent and logout
    /// app: Kratos then accepts Hydra's login requests and may return to Hydra.
    pub hydra: Option<(&'a str, &'a str)>,
}

/// `tests/kratos/kratos.yml.template` filled in, except `{{OIDC_METHOD}}` (social sign-in),
/// which only the stack that runs an OpenID Connect provider knows.
pub fn kratos_config(config: KratosConfig) -> String {
    let schema = repo_root().join("tests/kratos/identity.schema.json");
    std::fs::read_to_string(repo_root().join("tests/kratos/kratos.yml.template"))
        .unwrap()
        .replace("{{PUBLIC_PORT}}", &config.public_port.to_string())
        .replace("{{ADMIN_PORT}}", &config.admin_port.to_string())
        .replace("{{UI_URL}}", config.ui)
        .replace("{{SCHEMA_PATH}}", schema.to_str().unwrap())
        .replace("{{SETTINGS_LIFESPAN}}", config.flow_lifespan)
        .replace("{{LOGIN_LIFESPAN}}", config.flow_lifespan)
        .replace(
            "{{PRIVILEGED_SESSION_MAX_AGE}}",
            config.privileged_session_max_age,
        )
        .replace(
            "{{OAUTH2_RETURN_URLS}}",
            &config
                .hydra
                .map(|(_, public)| format!("    - {public}"))
                .unwrap_or_default(),
        )
        .replace(
            "{{OAUTH2_PROVIDER}}",
            &config
                .hydra
                .map(|(admin, _)| format!("oauth2_provider:\n  url: {admin}"))
                .unwrap_or_default(),
        )
        .replace(
            "{{ONE_STEP_REGISTRATION}}",
            if config.one_step_registration {
                "true"
            } else {
                "false"
            },
        )
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Stack {
    fn start(profile: Profile) -> Stack {
        let bin = binary_from_env("KRATOS_BIN", "Kratos", "tests/kratos/build.sh");
        let ui_listener = TcpListener::bind("127.0.0.1:0").expect("bind the UI port");
        let ui_port = ui_listener.local_addr().unwrap().port();
        let (public_port, admin_port) = (free_port(), free_port());
        let ui = format!("http://localhost:{ui_port}");
        let stacks_dir = repo_root().join("target").join("test-stacks");
        // Logs of earlier runs are kept until the next run of the same profile.
        for old in std::fs::read_dir(&stacks_dir)
            .into_iter()
            .flatten()
            .flatten()
        {
            if old
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{profile:?}-"))
            {
                let _ = std::fs::remove_dir_all(old.path());
            }
        }
        let dir = stacks_dir.join(format!("{profile:?}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (lifespan, privileged) = profile.lifespans();
        let authorizer = (profile == Profile::OAuth2).then(|| Authorizer::plan(&dir, &ui));
        let hydra_urls = authorizer
            .as_ref()
            .map(|authorizer| (authorizer.admin_url(), authorizer.public_url()));
        let config = kratos_config(KratosConfig {
            public_port,
            admin_port,
            ui: &ui,
            flow_lifespan: lifespan,
            privileged_session_max_age: privileged,
            one_step_registration: profile == Profile::OneStep,
            hydra: hydra_urls
                .as_ref()
                .map(|(admin, public)| (admin.as_str(), public.as_str())),
        });
        let config_path = dir.join("kratos.yml");
        let kratos_log = dir.join("kratos.log");
        let kratos_public = format!("http://localhost:{public_port}");
        let kratos_admin = format!("http://127.0.0.1:{admin_port}");

        let provider = (profile == Profile::Social).then(|| Provider::plan(&dir, public_port));
        let app_config = Config {
            kratos_public_url: kratos_public.parse().unwrap(),
            kratos_browser_url: kratos_public.parse().unwrap(),
            kratos_admin_url: Some(kratos_admin.parse().unwrap()),
            kratos_ca_file: None,
            public_url: ui.parse().unwrap(),
            trusted_proxies: Vec::new(),
            bind: [127, 0, 0, 1].into(),
            port: ui_port,
            cookie_secret: Secret::new("integration-test-cookie-secret-0123456789abcdef"),
            cookie_secure: false,
            kratos_cookies: Default::default(),
            base_path: String::new(),
            assets_dir: repo_root().join("assets"),
            htmx_js: repo_root().join("node_modules/htmx.org/dist/htmx.min.js"),
            kratos_timeout: Duration::from_secs(5),
            product_name: "Account".into(),
            accent_color: None,
            logo_file: None,
            dev_mode: false,
            gallery_dir: "tests/fixtures/gallery".into(),
            dev_watch_dir: None,
            hydra: hydra_urls.as_ref().map(|(admin, public)| HydraConfig {
                admin_url: admin.parse().unwrap(),
                public_url: public.parse().unwrap(),
                trusted_client_ids: vec![TRUSTED_APP.to_owned()],
            }),
            social_sign_in_origins: provider.as_ref().map(Provider::origins).unwrap_or_default(),
        };

        let (control_tx, control_rx) = mpsc::channel::<Control>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), String>>();
        let provider_account = provider.as_ref().map(|p| p.account.clone());
        let launch = KratosLaunch {
            bin,
            config_text: config,
            config: config_path,
            log: kratos_log.clone(),
            public_port,
            overlay: profile.kratos_overlay().map(|name| {
                repo_root()
                    .join("tests/kratos/profiles")
                    .join(format!("{name}.yml"))
            }),
            dsn: format!(
                "sqlite://{}?_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=15000&_txlock=immediate&retry_sleep=20ms&retry_limit=500",
                dir.join("kratos.sqlite").display()
            ),
        };
        std::thread::Builder::new()
            .name(format!("stack-{profile:?}"))
            .spawn(move || {
                supervise(
                    launch,
                    provider,
                    authorizer,
                    app_config,
                    ui_listener,
                    control_rx,
                    ready_tx,
                )
            })
            .unwrap();
        match ready_rx.recv_timeout(Duration::from_secs(90)) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => panic!("the {profile:?} stack did not start: {why}"),
            Err(_) => panic!("the {profile:?} stack did not start within 90 s"),
        }
        Stack {
            ui,
            hydra: hydra_urls,
            kratos_public,
            kratos_admin,
            kratos_log,
            control: Mutex::new(control_tx),
            turn: tokio::sync::Mutex::new(()),
            provider_account,
        }
    }

    /// Makes the OpenID Connect provider sign in (and consent for) this account next.
    pub fn provider_signs_in(&self, account: ProviderAccount) {
        let shared = self
            .provider_account
            .as_ref()
            .expect("only the Social stack has a provider");
        *shared.lock().unwrap() = account;
    }

    /// The port of Kratos's public API (for a proxy put in front of it).
    pub fn kratos_public_port(&self) -> u16 {
        self.kratos_public
            .rsplit(':')
            .next()
            .and_then(|port| port.parse().ok())
            .expect("the public URL names its port")
    }

    /// An absolute URL of the UI.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.ui)
    }

    /// Stops Kratos (SIGTERM, then waits for the process to end).
    pub fn stop_kratos(&self) {
        self.send(Control::Stop);
    }

    /// Kills Kratos outright (SIGKILL: no graceful end for the requests it is serving).
    #[allow(dead_code)] // used by the reliability tests, which share this file
    pub fn kill_kratos(&self) {
        self.send(Control::Kill);
    }

    /// Starts Kratos again with the same configuration and database; waits until it is ready.
    pub fn start_kratos(&self) {
        self.send(Control::Start);
    }

    fn send(&self, make: fn(mpsc::Sender<()>) -> Control) {
        let (done_tx, done_rx) = mpsc::channel();
        self.control.lock().unwrap().send(make(done_tx)).unwrap();
        done_rx
            .recv_timeout(Duration::from_secs(90))
            .expect("the stack supervisor did not answer");
    }

    /// How many requests Kratos has logged as handled so far.
    pub fn kratos_requests_handled(&self) -> usize {
        std::fs::read_to_string(&self.kratos_log)
            .unwrap_or_default()
            .lines()
            .filter(|line| line.contains("completed handling request"))
            .count()
    }

    /// Creates an identity with a password through the admin API; a unique email every call.
    pub fn create_user(&self, traits: Value) -> User {
        create_user(&self.kratos_admin, traits)
    }

    /// ... whose email address is already verified.
    pub fn create_verified_user(&self, traits: Value) -> User {
        create_user_with(&self.kratos_admin, traits, true)
    }

    /// The body of the newest mail Kratos queued for `recipient` (the admin courier API shows
    /// queued mails with their bodies in dev mode); `None` when there is none.
    pub fn newest_mail(&self, recipient: &str) -> Option<String> {
        let url = format!(
            "{}/admin/courier/messages?recipient={}",
            self.kratos_admin,
            url::form_urlencoded::byte_serialize(recipient.as_bytes()).collect::<String>()
        );
        let (status, messages) = http_json("GET", &url, None);
        assert_eq!(status, 200, "courier messages: {messages}");
        messages
            .as_array()?
            .iter()
            .max_by_key(|m| sortable_time(m["created_at"].as_str().unwrap_or("")))
            .map(|m| m["body"].as_str().unwrap_or_default().to_owned())
    }

    /// The newest six-digit code Kratos mailed to `recipient`.
    pub fn mailed_code(&self, recipient: &str) -> String {
        let body = self
            .newest_mail(recipient)
            .unwrap_or_else(|| panic!("no mail to {recipient}"));
        body.split(|c: char| !c.is_ascii_digit())
            .find(|run| run.len() == 6)
            .unwrap_or_else(|| panic!("no code in the mail to {recipient}: {body}"))
            .to_owned()
    }

    /// The identity as Kratos stores it (admin API).
    pub fn identity(&self, id: &str) -> Value {
        identity(&self.kratos_admin, id)
    }
}

/// Creates an identity with a password through the admin API at `kratos_admin`; a unique email
/// every call.
pub fn create_user(kratos_admin: &str, traits: Value) -> User {
    create_user_with(kratos_admin, traits, false)
}

/// ... with its email address `verified` or not.
fn create_user_with(kratos_admin: &str, traits: Value, verified: bool) -> User {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let email = format!("user-{}-{n}-{nanos}@example.com", std::process::id());
    let password = format!("correct-horse-{n}-{nanos}");
    let mut traits = traits;
    traits["email"] = json!(email);
    let mut body = json!({
        "schema_id": "default",
        "traits": traits,
        "credentials": {"password": {"config": {"password": password}}},
    });
    if verified {
        body["verifiable_addresses"] =
            json!([{"value": email, "via": "email", "verified": true, "status": "completed"}]);
    }
    let (status, answer) = http_json(
        "POST",
        &format!("{kratos_admin}/admin/identities"),
        Some(&body),
    );
    assert_eq!(status, 201, "creating an identity: {answer}");
    User {
        id: answer["id"].as_str().unwrap().to_owned(),
        email,
        password,
    }
}

/// An identity as the admin API at `kratos_admin` describes it.
pub fn identity(kratos_admin: &str, id: &str) -> Value {
    let (status, answer) = http_json(
        "GET",
        &format!("{kratos_admin}/admin/identities/{id}"),
        None,
    );
    assert_eq!(status, 200, "reading identity {id}: {answer}");
    answer
}

#[derive(Clone, Debug)]
pub struct User {
    pub id: String,
    pub email: String,
    pub password: String,
}

pub struct KratosLaunch {
    pub bin: PathBuf,
    /// The configuration, with the `OIDC_METHOD` placeholder still to fill.
    pub config_text: String,
    pub config: PathBuf,
    pub log: PathBuf,
    pub public_port: u16,
    /// A configuration file Kratos merges over `config` (a profile's own settings).
    pub overlay: Option<PathBuf>,
    /// A SQLite file in WAL mode that waits for locks: the checked-in config's in-memory
    /// database answers parallel writers (tests run in parallel) with "Unable to serialize
    /// access due to a concurrent update", which no person would see at their own pace.
    pub dsn: String,
}

impl KratosLaunch {
    /// `-c <config>`, and `-c <overlay>` when there is one.
    fn config_args(&self) -> Vec<&std::ffi::OsStr> {
        let mut args = vec!["-c".as_ref(), self.config.as_os_str()];
        if let Some(overlay) = &self.overlay {
            args.extend(["-c".as_ref(), overlay.as_os_str()]);
        }
        args
    }

    pub fn migrate(&self) -> Result<(), String> {
        let output = Command::new(&self.bin)
            .args(["migrate", "sql", "-e", "--yes"])
            .args(self.config_args())
            .env("DSN", &self.dsn)
            .output()
            .map_err(|e| format!("spawn {}: {e}", self.bin.display()))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "kratos migrate failed: {}",
                String::from_utf8_lossy(&output.stderr)
                    .lines()
                    .last()
                    .unwrap_or_default()
            ))
        }
    }

    /// Starts Kratos and waits until it is ready.
    pub fn spawn(&self) -> Result<Child, String> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .map_err(|e| format!("open {}: {e}", self.log.display()))?;
        let mut command = Command::new(&self.bin);
        command
            .arg("serve")
            .args(self.config_args())
            // No --watch-courier: mails stay queued (the admin API still shows them) instead of
            // a background sender retrying a missing SMTP server and writing to the database.
            .args(["--dev", "--sqa-opt-out"])
            .env("DSN", &self.dsn)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log);
        die_with_this_thread(&mut command);
        let mut child = command
            .spawn()
            .map_err(|e| format!("spawn {}: {e}", self.bin.display()))?;
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok((200, _)) = http_get_status(self.public_port, "/health/ready") {
                return Ok(child);
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!(
                    "Kratos exited with {status}; see {}",
                    self.log.display()
                ));
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                return Err(format!(
                    "Kratos was not ready within 60 s; see {}",
                    self.log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Makes the child die when the spawning (supervisor) thread ends, i.e. with the test binary.
pub fn die_with_this_thread(command: &mut Command) {
    // SAFETY: prctl is async-signal-safe; it only asks the kernel to kill the child when this
    // thread ends.
    unsafe {
        command.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

fn supervise(
    launch: KratosLaunch,
    provider: Option<Provider>,
    authorizer: Option<Authorizer>,
    config: Config,
    listener: TcpListener,
    control: mpsc::Receiver<Control>,
    ready: mpsc::Sender<Result<(), String>>,
) {
    let oidc_method = match provider.map(Provider::start).transpose() {
        Ok(block) => block.unwrap_or_default(),
        Err(why) => {
            let _ = ready.send(Err(why));
            return;
        }
    };
    if let Some(Err(why)) = authorizer.map(Authorizer::start) {
        let _ = ready.send(Err(why));
        return;
    }
    let config_text = launch.config_text.replace("{{OIDC_METHOD}}", &oidc_method);
    if let Err(error) = std::fs::write(&launch.config, config_text) {
        let _ = ready.send(Err(format!("write {}: {error}", launch.config.display())));
        return;
    }
    let mut kratos = match launch.migrate().and_then(|()| launch.spawn()) {
        Ok(child) => Some(child),
        Err(why) => {
            let _ = ready.send(Err(why));
            return;
        }
    };
    let app = match Application::with_listener(config, listener) {
        Ok(app) => app,
        Err(error) => {
            let _ = ready.send(Err(format!("the UI did not start: {error}")));
            return;
        }
    };
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let _ = app.run_until_stopped().await;
        })
    });
    let _ = ready.send(Ok(()));
    while let Ok(command) = control.recv() {
        match command {
            Control::Stop(done) => {
                if let Some(mut child) = kratos.take() {
                    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
                    let _ = child.wait();
                }
                let _ = done.send(());
            }
            Control::Kill(done) => {
                if let Some(mut child) = kratos.take() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                let _ = done.send(());
            }
            Control::Start(done) => {
                if kratos.is_none() {
                    kratos = Some(launch.spawn().expect("restart Kratos"));
                }
                let _ = done.send(());
            }
        }
    }
}

pub use crate::authorizer::{Authorizer, TRUSTED_APP};
pub use crate::provider::{Provider, ProviderAccount};

/// A tiny blocking HTTP/1.0 GET on loopback, for readiness polls before any runtime exists.
pub fn http_get_status(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n")?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    Ok((status, answer))
}

/// A blocking JSON call to the admin API (admin calls happen outside the browser's jar).
pub fn http_json(method: &str, url: &str, body: Option<&Value>) -> (u16, Value) {
    let url: url::Url = url.parse().unwrap();
    let port = url.port().unwrap();
    let path = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let json = answer
        .split_once("\r\n\r\n")
        .and_then(|(_, body)| serde_json::from_str(body).ok())
        .unwrap_or(Value::Null);
    (status, json)
}

/// An RFC 3339 UTC time as (seconds, nanoseconds), so times whose fractions have different
/// lengths (`…:01.5Z`, `…:01.45Z`) compare correctly.
fn sortable_time(rfc3339: &str) -> (i64, u32) {
    let seconds = kratos_htmx_ui::views::sessions::unix_seconds(rfc3339).unwrap_or(0);
    let fraction: String = rfc3339
        .split_once('.')
        .map(|(_, rest)| rest.chars().take_while(char::is_ascii_digit).collect())
        .unwrap_or_default();
    let nanos = format!("{fraction:0<9}")[..9].parse().unwrap_or(0);
    (seconds, nanos)
}
