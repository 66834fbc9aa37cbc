//! Scale-out without shared state: the UI keeps nothing on the server (the only state of ours
//! is the signed and encrypted session cookie), so any number of replicas can serve one person.
//!
//! The stack here is built the way production runs it: Kratos on PostgreSQL (Debian's
//! `postgresql`, a throwaway cluster started by this test) and two UI replicas, A and B, with
//! the same configuration (the same environment, only the port differs) behind a small load
//! balancer, so the browser sees one origin and Kratos's `ui_url`s name that origin. The test
//! steers the balancer per browser (a cookie, as sticky load balancers do) and every page says
//! which replica served it, so a journey can alternate between the replicas step by step and
//! check that the person sees exactly what the single-instance tests see.

#[allow(dead_code, unused_imports)]
#[path = "../integration/authorizer.rs"]
mod authorizer;
#[allow(dead_code, unused_imports)]
#[path = "../integration/browser.rs"]
mod browser;
#[allow(dead_code, unused_imports)]
#[path = "../integration/harness.rs"]
mod harness;

#[path = "../integration/provider.rs"]
mod provider;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use kratos_htmx_ui::config::Config;
use kratos_htmx_ui::startup::Application;
use serde_json::{Value, json};

use browser::{Browser, Form, Path, Response, absolute};
use harness::{KratosLaunch, User, binary_from_env, free_port};

/// The two replicas; the balancer sends a browser to the one its steering cookie names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Replica {
    A,
    B,
}

impl Replica {
    fn name(self) -> &'static str {
        match self {
            Replica::A => "A",
            Replica::B => "B",
        }
    }
}

/// Settings and login flows live 4 s and a session is privileged for 2 s (as the
/// integration tests' short-lived stack): expiry and re-authentication without waiting long.
const FLOW_LIFESPAN: &str = "4s";
const PRIVILEGED_SESSION_MAX_AGE: &str = "2s";
const FLOW_EXPIRED_AFTER: Duration = Duration::from_millis(4500);
const SESSION_UNPRIVILEGED_AFTER: Duration = Duration::from_millis(2500);

/// Kratos on PostgreSQL, two UI replicas and the balancer in front of them.
struct ScaleOut {
    /// The balancer: the one origin browsers and Kratos know the UI by.
    ui: String,
    kratos_admin: String,
    /// Configuration and logs of Kratos and PostgreSQL, and PostgreSQL's data.
    dir: PathBuf,
}

static SCALE_OUT: OnceLock<ScaleOut> = OnceLock::new();

/// The stack, started on first use and shared by the tests of this binary: PostgreSQL takes
/// parallel writers in its stride, so the journeys run side by side (each browser is steered
/// by its own cookie).
fn scale_out() -> &'static ScaleOut {
    SCALE_OUT.get_or_init(|| {
        let started = Instant::now();
        let stack = ScaleOut::start();
        eprintln!(
            "scale-out stack (PostgreSQL, Kratos, replicas A and B) ready in {:.1} s; files in {}",
            started.elapsed().as_secs_f64(),
            stack.dir.display()
        );
        stack
    })
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl ScaleOut {
    fn start() -> ScaleOut {
        let kratos_bin = binary_from_env("KRATOS_BIN", "Kratos", "tests/kratos/build.sh");
        let dir = postgres::fresh_dir();
        let balancer = TcpListener::bind("127.0.0.1:0").expect("bind the balancer's port");
        let ui = format!("http://localhost:{}", balancer.local_addr().unwrap().port());
        let replicas = [Replica::A, Replica::B].map(|replica| {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind a replica's port");
            (replica, listener)
        });
        let (public_port, admin_port) = (free_port(), free_port());
        let kratos_public = format!("http://localhost:{public_port}");
        let kratos_admin = format!("http://127.0.0.1:{admin_port}");
        let kratos_config = harness::kratos_config(harness::KratosConfig {
            public_port,
            admin_port,
            ui: &ui,
            flow_lifespan: FLOW_LIFESPAN,
            privileged_session_max_age: PRIVILEGED_SESSION_MAX_AGE,
            one_step_registration: false,
            hydra: None,
        })
        .replace("{{OIDC_METHOD}}", "");
        let kratos_config_path = dir.join("kratos.yml");
        std::fs::write(&kratos_config_path, kratos_config).unwrap();

        // What every replica is started with: one environment, as a deployment would give
        // each replica (the port is the listener's).
        let environment: BTreeMap<&str, String> = [
            ("KRATOS_PUBLIC_URL", kratos_public.clone()),
            ("KRATOS_ADMIN_URL", kratos_admin.clone()),
            // Every replica serves the address of the balancer in front of them.
            ("PUBLIC_URL", ui.clone()),
            (
                "COOKIE_SECRET",
                "6156315619057b13f9225199770cee360e37e747b2c43b14".into(),
            ),
            ("COOKIE_SECURE", "false".into()),
            (
                "ASSETS_DIR",
                repo_root().join("assets").display().to_string(),
            ),
            (
                "HTMX_JS",
                repo_root()
                    .join("node_modules/htmx.org/dist/htmx.min.js")
                    .display()
                    .to_string(),
            ),
            ("KRATOS_TIMEOUT_MS", "5000".into()),
        ]
        .into_iter()
        .collect();

        // Children get PR_SET_PDEATHSIG from the thread that spawns them: that thread lives as
        // long as the test binary.
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), String>>();
        let supervisor_dir = dir.clone();
        std::thread::Builder::new()
            .name("scale-out".into())
            .spawn(move || {
                let started = (|| {
                    let database = postgres::Cluster::start(&supervisor_dir)?;
                    let kratos = KratosLaunch {
                        bin: kratos_bin,
                        config_text: String::new(),
                        config: kratos_config_path,
                        dsn: database.dsn.clone(),
                        log: supervisor_dir.join("kratos.log"),
                        public_port,
                        overlay: None,
                    };
                    kratos.migrate()?;
                    let kratos = kratos.spawn()?;
                    let mut backends = Vec::new();
                    for (replica, listener) in replicas {
                        backends.push((replica.name(), listener.local_addr().unwrap().port()));
                        serve_replica(&environment, listener)?;
                    }
                    balancer::serve(balancer, backends);
                    Ok((database, kratos))
                })();
                match started {
                    Ok(children) => {
                        let _ = ready_tx.send(Ok(()));
                        // Keeps the children (and this thread, their parent) until the binary ends.
                        let _children = children;
                        loop {
                            std::thread::park();
                        }
                    }
                    Err(why) => {
                        let _ = ready_tx.send(Err(why));
                    }
                }
            })
            .unwrap();
        match ready_rx.recv_timeout(Duration::from_secs(90)) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => panic!("the scale-out stack did not start: {why}"),
            Err(_) => panic!(
                "the scale-out stack did not start within 90 s; see {}",
                dir.display()
            ),
        }
        ScaleOut {
            ui,
            kratos_admin,
            dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.ui)
    }

    fn create_user(&self, traits: Value) -> User {
        harness::create_user(&self.kratos_admin, traits)
    }

    /// The identity's traits as Kratos stores them (admin API).
    fn traits(&self, id: &str) -> Value {
        harness::identity(&self.kratos_admin, id)["traits"].clone()
    }
}

/// One UI replica, in process, on its own listener.
fn serve_replica(
    environment: &BTreeMap<&str, String>,
    listener: TcpListener,
) -> Result<(), String> {
    let port = listener.local_addr().unwrap().port().to_string();
    let config = Config::from_lookup(|name| match name {
        "PORT" => Some(port.clone()),
        _ => environment.get(name).cloned(),
    })
    .map_err(|problems| format!("replica configuration: {problems:?}"))?;
    let app = Application::with_listener(config, listener)
        .map_err(|error| format!("a replica did not start: {error}"))?;
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let _ = app.run_until_stopped().await;
        })
    });
    Ok(())
}

/// A throwaway PostgreSQL cluster of Debian's `postgresql` package.
mod postgres {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    use std::path::{Path, PathBuf};
    use std::process::{Child, Command, Stdio};
    use std::time::{Duration, Instant};

    use crate::harness::free_port;

    const DIR_PREFIX: &str = "kratos-htmx-ui-scale-out-";

    /// A new directory for this run's files, under the system's temporary directory (the
    /// database's owner must reach it, and that may not be the user running the tests).
    /// Directories of earlier runs whose process is gone are removed first.
    pub fn fresh_dir() -> PathBuf {
        let tmp = std::env::temp_dir();
        for entry in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name
                .strip_prefix(DIR_PREFIX)
                .and_then(|p| p.parse::<i32>().ok())
            else {
                continue;
            };
            // SAFETY: signal 0 only asks whether the process exists.
            let gone = unsafe { libc::kill(pid, 0) } != 0
                && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
            if gone {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let dir = tmp.join(format!("{DIR_PREFIX}{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        dir
    }

    /// Debian installs each major version under /usr/lib/postgresql/<major>/bin: the newest.
    fn bin_dir() -> Result<PathBuf, String> {
        std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let major: u32 = entry.file_name().to_str()?.parse().ok()?;
                let bin = entry.path().join("bin");
                bin.join("postgres").is_file().then_some((major, bin))
            })
            .max()
            .map(|(_, bin)| bin)
            .ok_or_else(|| {
                "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/postgres): \
                 run scripts/install-deps.sh, or `apt-get install postgresql`"
                    .to_owned()
            })
    }

    /// PostgreSQL refuses to run as root. As root, the server runs as the `postgres` account
    /// the Debian package creates (or `nobody`); as anyone else, as that user.
    fn server_account() -> Option<(u32, u32)> {
        // SAFETY: geteuid cannot fail; getpwnam returns a pointer to static storage or null,
        // read at once on this thread.
        unsafe {
            if libc::geteuid() != 0 {
                return None;
            }
            for name in [c"postgres", c"nobody"] {
                let entry = libc::getpwnam(name.as_ptr());
                if !entry.is_null() {
                    return Some(((*entry).pw_uid, (*entry).pw_gid));
                }
            }
        }
        panic!("running as root, and neither a postgres nor a nobody account exists");
    }

    fn as_server_account(command: &mut Command, account: Option<(u32, u32)>) {
        if let Some((uid, gid)) = account {
            // std drops the supplementary groups too when it changes the user of a root child.
            command.uid(uid).gid(gid);
        }
    }

    /// A running cluster; the server stops when the thread that started it ends.
    pub struct Cluster {
        _server: Child,
        pub dsn: String,
    }

    impl Cluster {
        pub fn start(dir: &Path) -> Result<Cluster, String> {
            let bin = bin_dir()?;
            let account = server_account();
            let data = dir.join("pgdata");
            std::fs::create_dir(&data).map_err(|e| format!("create {}: {e}", data.display()))?;
            std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
            if let Some((uid, gid)) = account {
                std::os::unix::fs::chown(&data, Some(uid), Some(gid))
                    .map_err(|e| format!("chown {}: {e}", data.display()))?;
            }

            let initdb_log = dir.join("initdb.log");
            let mut initdb = Command::new(bin.join("initdb"));
            initdb
                .arg("-D")
                .arg(&data)
                .args([
                    "-U",
                    "kratos",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                ])
                // A throwaway cluster: no fsync of the new files (the server itself syncs as usual).
                .args(["--no-sync", "--no-instructions"])
                .current_dir(&data)
                .stdin(Stdio::null())
                .stdout(Stdio::from(create(&initdb_log)?))
                .stderr(Stdio::from(create(&initdb_log)?.try_clone().unwrap()));
            as_server_account(&mut initdb, account);
            let status = initdb.status().map_err(|e| format!("spawn initdb: {e}"))?;
            if !status.success() {
                return Err(format!("initdb {status}; see {}", initdb_log.display()));
            }

            let port = free_port();
            let log = dir.join("postgres.log");
            let mut postgres = Command::new(bin.join("postgres"));
            postgres
                .arg("-D")
                .arg(&data)
                .args(["-p", &port.to_string()])
                // TCP on loopback only, no Unix socket (its default directory belongs to the
                // system's cluster).
                .args([
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "unix_socket_directories=",
                ])
                .current_dir(&data)
                .stdin(Stdio::null())
                .stdout(Stdio::from(create(&log)?))
                .stderr(Stdio::from(create(&log)?.try_clone().unwrap()));
            as_server_account(&mut postgres, account);
            // SIGQUIT, not SIGKILL: PostgreSQL's immediate shutdown still removes its shared
            // memory segment, which a killed server would leave behind. Set after the change of
            // user (std runs this hook last), which would otherwise clear it.
            // SAFETY: prctl is async-signal-safe.
            unsafe {
                postgres.pre_exec(|| {
                    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT);
                    Ok(())
                });
            }
            let mut server = postgres
                .spawn()
                .map_err(|e| format!("spawn postgres: {e}"))?;

            // Ready when the database for Kratos can be created.
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let created = Command::new(bin.join("createdb"))
                    .args([
                        "-h",
                        "127.0.0.1",
                        "-p",
                        &port.to_string(),
                        "-U",
                        "kratos",
                        "kratos",
                    ])
                    .stdin(Stdio::null())
                    .output()
                    .map_err(|e| format!("spawn createdb: {e}"))?;
                if created.status.success() {
                    break;
                }
                if let Ok(Some(status)) = server.try_wait() {
                    return Err(format!(
                        "postgres exited with {status}; see {}",
                        log.display()
                    ));
                }
                if Instant::now() > deadline {
                    let _ = server.kill();
                    return Err(format!(
                        "PostgreSQL did not accept connections within 30 s: {}; see {}",
                        String::from_utf8_lossy(&created.stderr).trim(),
                        log.display()
                    ));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(Cluster {
                _server: server,
                dsn: format!("postgres://kratos@127.0.0.1:{port}/kratos?sslmode=disable"),
            })
        }
    }

    fn create(path: &Path) -> Result<std::fs::File, String> {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| format!("open {}: {e}", path.display()))
    }
}

/// The load balancer in front of the replicas: forwards each request unchanged (the `Host` the
/// browser sent included) to the replica named by the browser's steering cookie (round robin
/// without one), and says which replica answered in `X-Replica`.
mod balancer {
    use std::net::TcpListener;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use actix_web::http::header::{self, HeaderName};
    use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

    pub const STEERING_COOKIE: &str = "replica";
    /// `GET <balancer>/__replica/<name>` sets the steering cookie (answered by the balancer).
    pub const STEER_PATH: &str = "/__replica/";

    struct Backends {
        /// (name, port) of each replica.
        replicas: Vec<(&'static str, u16)>,
        next: AtomicUsize,
    }

    pub fn serve(listener: TcpListener, replicas: Vec<(&'static str, u16)>) {
        let backends = web::Data::new(Backends {
            replicas,
            next: AtomicUsize::new(0),
        });
        std::thread::spawn(move || {
            actix_rt::System::new().block_on(async move {
                let server = HttpServer::new(move || {
                    let client = awc::Client::builder()
                        .disable_redirects()
                        .timeout(std::time::Duration::from_secs(15))
                        .finish();
                    App::new()
                        .app_data(backends.clone())
                        .app_data(web::Data::new(client))
                        .app_data(web::PayloadConfig::new(1 << 20))
                        .default_service(web::to(forward))
                })
                .workers(2)
                .listen(listener)
                .expect("the balancer listens")
                .run();
                let _ = server.await;
            })
        });
    }

    fn hop_by_hop(name: &HeaderName) -> bool {
        [
            header::CONNECTION,
            header::CONTENT_LENGTH,
            header::TE,
            header::TRAILER,
            header::TRANSFER_ENCODING,
            header::UPGRADE,
        ]
        .contains(name)
            || name.as_str() == "keep-alive"
    }

    async fn forward(
        req: HttpRequest,
        body: web::Bytes,
        backends: web::Data<Backends>,
        client: web::Data<awc::Client>,
    ) -> HttpResponse {
        if let Some(name) = req.path().strip_prefix(STEER_PATH) {
            return HttpResponse::NoContent()
                .insert_header((
                    header::SET_COOKIE,
                    format!("{STEERING_COOKIE}={name}; Path=/"),
                ))
                .finish();
        }
        let replicas = &backends.replicas;
        let chosen = req
            .cookie(STEERING_COOKIE)
            .and_then(|cookie| {
                replicas
                    .iter()
                    .position(|(name, _)| *name == cookie.value())
            })
            .unwrap_or_else(|| backends.next.fetch_add(1, Ordering::Relaxed) % replicas.len());
        let (name, port) = replicas[chosen];
        let target = format!(
            "http://127.0.0.1:{port}{}",
            req.uri().path_and_query().map_or("/", |pq| pq.as_str())
        );
        let mut request = client.request(req.method().clone(), target);
        for (header_name, value) in req.headers() {
            if !hop_by_hop(header_name) {
                request = request.append_header((header_name.clone(), value.clone()));
            }
        }
        let mut answer = match request.send_body(body).await {
            Ok(answer) => answer,
            Err(error) => {
                return HttpResponse::BadGateway().body(format!("replica {name}: {error}"));
            }
        };
        let body = match answer.body().limit(8 << 20).await {
            Ok(body) => body,
            Err(error) => {
                return HttpResponse::BadGateway().body(format!("replica {name}: {error}"));
            }
        };
        let mut response = HttpResponse::build(answer.status());
        for (header_name, value) in answer.headers() {
            if !hop_by_hop(header_name) {
                response.append_header((header_name.clone(), value.clone()));
            }
        }
        response.insert_header(("x-replica", name));
        response.body(body)
    }
}

// ---------------------------------------------------------------------------------------------
// What a person sees: texts from the catalogues, so the assertions read like the page.

/// The text of `id` in `locales/<lang>/<file>` (single-line entries).
fn catalogue(lang: &str, file: &str, id: &str) -> String {
    let path = repo_root().join(format!("locales/{lang}/{file}"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|line| {
            let rest = line.strip_prefix(id)?.trim_start().strip_prefix('=')?;
            Some(rest.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("no {id} in {}", path.display()))
}

fn kratos_text(lang: &str, id: u64) -> String {
    catalogue(lang, "kratos.ftl", &format!("kratos-{id}"))
}

fn ui_text(lang: &str, id: &str) -> String {
    catalogue(lang, "ui.ftl", id)
}

/// How often the page shows `text`.
fn shows(page: &Response, text: &str) -> usize {
    page.all_text().matches(text).count()
}

const SAVED: u64 = 1_050_001;
const CONFIRM_IT_IS_YOU: u64 = 1_010_003;
const WRONG_CREDENTIALS: u64 = 4_000_006;

/// Which replica answered.
fn served_by(response: &Response) -> &str {
    response.header("x-replica").unwrap_or("(not the balancer)")
}

/// A browser of its own, steered to `replica` from now on.
async fn steer(browser: &Browser, stack: &ScaleOut, replica: Replica) {
    let steered = browser
        .get(&stack.url(&format!("{}{}", balancer::STEER_PATH, replica.name())))
        .await;
    assert_eq!(steered.status, 204, "steering to {replica:?}");
}

/// Sends a form: with htmx the post goes to the replica the browser is steered to, without
/// JavaScript it goes to Kratos. Returns the answer before any navigation it asks for (a swap,
/// an `HX-Redirect` or a 303).
async fn send(browser: &Browser, path: Path, form: &Form, button: (&str, &str)) -> Response {
    let payload = form.payload(button);
    match path {
        Path::Htmx => {
            let target = form.hx_post.as_deref().expect("the form has no hx-post");
            browser
                .post_form(target, &payload, &[("HX-Request", "true")])
                .await
        }
        Path::NoJs => browser.post_form(&form.action, &payload, &[]).await,
    }
}

/// Where an answer sends the browser next (`HX-Redirect` or a 303's `Location`).
fn next_stop(answer: &Response) -> Option<String> {
    let location = answer.header("hx-redirect").or_else(|| {
        answer
            .location()
            .filter(|_| (300..400).contains(&answer.status))
    })?;
    Some(absolute(&answer.url, location))
}

/// Whether `password` signs `user` in, in a fresh browser served by `replica`: the settings
/// page, or the sign-in page again with Kratos's "incorrect" message.
async fn signs_in(stack: &ScaleOut, replica: Replica, user: &User, password: &str) -> bool {
    let browser = Browser::new();
    steer(&browser, stack, replica).await;
    let (login, _) = browser.visit(&stack.url("/login")).await;
    let landed = browser.complete_login(&login, &user.email, password).await;
    assert_eq!(served_by(&landed), replica.name());
    if landed.url.contains("/settings?flow=") {
        return true;
    }
    assert!(
        landed.url.contains("/login?flow=")
            && shows(&landed, &kratos_text("en", WRONG_CREDENTIALS)) == 1,
        "neither signed in nor refused: {} {}",
        landed.url,
        landed.all_text()
    );
    false
}

/// One person's journey, each step served by another replica than the one before where it
/// matters, with the outcomes the single-instance tests expect. `first` serves the pages the
/// journey starts from, `second` the saves (htmx) or the landings after Kratos (no JS).
async fn journey(path: Path, first: Replica, second: Replica) {
    let stack = scale_out();
    let (a, b) = (first.name(), second.name());
    let user = stack.create_user(json!({"name": "Before Scaling"}));
    let browser = Browser::new();

    // Sign in through the first replica.
    steer(&browser, stack, first).await;
    let (login, _) = browser.visit(&stack.url("/login")).await;
    assert_eq!(served_by(&login), a, "{path:?}: the login page");
    let signed_in_at = Instant::now();
    let landed = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert!(
        landed.url.contains("/settings?flow="),
        "{path:?}: signed in, on {}",
        landed.url
    );
    assert_eq!(served_by(&landed), a);

    // The settings page from the first replica, the profile saved through the second.
    let (settings, _) = browser.visit(&stack.url("/settings")).await;
    let flow_started_at = Instant::now();
    assert_eq!(
        (settings.status, served_by(&settings)),
        (200, a),
        "{path:?}"
    );
    let form = settings
        .settings_form("profile")
        .set("traits.name", "Scaled Out");
    steer(&browser, stack, second).await;
    let answer = send(&browser, path, &form, ("method", "profile")).await;
    let saved = match path {
        Path::Htmx => {
            assert_eq!(served_by(&answer), b, "htmx: the save");
            assert!(next_stop(&answer).is_none(), "htmx: swapped in place");
            answer
        }
        Path::NoJs => {
            let (page, chain) = browser.visit(&next_stop(&answer).expect("a 303")).await;
            assert_eq!(served_by(&page), b, "no JS: the landing via {chain:?}");
            page
        }
    };
    assert_eq!(
        shows(&saved, &kratos_text("en", SAVED)),
        1,
        "{path:?}: saved: {}",
        saved.body
    );
    assert_eq!(
        saved.settings_form("profile").value("traits.name"),
        Some("Scaled Out"),
        "{path:?}"
    );
    assert_eq!(stack.traits(&user.id)["name"], "Scaled Out", "{path:?}");

    // Either replica shows the new value.
    for replica in [second, first] {
        steer(&browser, stack, replica).await;
        let (page, _) = browser.visit(&settings.url).await;
        assert_eq!(served_by(&page), replica.name(), "{path:?}");
        assert_eq!(
            page.settings_form("profile").value("traits.name"),
            Some("Scaled Out"),
            "{path:?}: the page from {replica:?}"
        );
    }

    // The language picked on one replica is the language of the other's pages, and back.
    for (chooser, shower, lang, other_lang) in
        [(first, second, "de", "en"), (second, first, "en", "de")]
    {
        steer(&browser, stack, chooser).await;
        let (page, _) = browser.visit(&settings.url).await;
        let switcher = page
            .form("[data-testid='language-switch']")
            .expect("a language switcher");
        let chosen = browser.submit(Path::NoJs, &switcher, ("lang", lang)).await;
        assert_eq!(served_by(&chosen.page), chooser.name(), "{path:?}");
        steer(&browser, stack, shower).await;
        let (page, _) = browser.visit(&settings.url).await;
        assert_eq!(served_by(&page), shower.name(), "{path:?}");
        // The heading, and Kratos's message of the save, in the chosen language only.
        let title = |lang| shows(&page, &ui_text(lang, "settings-title"));
        let saved = |lang| shows(&page, &kratos_text(lang, SAVED));
        assert!(
            title(lang) > 0 && saved(lang) == 1 && title(other_lang) + saved(other_lang) == 0,
            "{path:?}: {lang} chosen on {chooser:?}, the page from {shower:?}: {}",
            page.all_text()
        );
    }

    // A notice set by one replica is shown by the other, once. Opening an expired flow: the
    // first replica starts a new one and leaves the notice in the session cookie.
    tokio::time::sleep(FLOW_EXPIRED_AFTER.saturating_sub(flow_started_at.elapsed())).await;
    steer(&browser, stack, first).await;
    let restarted = browser.get(&settings.url).await;
    assert_eq!(served_by(&restarted), a, "{path:?}");
    let next = next_stop(&restarted).unwrap_or_else(|| {
        panic!(
            "{path:?}: the expired flow is restarted: {}",
            restarted.body
        )
    });
    steer(&browser, stack, second).await;
    let (renewed, chain) = browser.visit(&next).await;
    assert_eq!(served_by(&renewed), b, "{path:?}: via {chain:?}");
    assert_ne!(renewed.url, settings.url, "{path:?}: a new flow");
    let notice = ui_text("en", "notice-flow-expired");
    assert_eq!(
        shows(&renewed, &notice),
        1,
        "{path:?}: the notice {a} left, shown by {b}: {}",
        renewed.all_text()
    );
    steer(&browser, stack, first).await;
    let (again, _) = browser.visit(&renewed.url).await;
    assert_eq!(served_by(&again), a);
    assert_eq!(
        shows(&again, &notice),
        0,
        "{path:?}: {b} took the notice away"
    );

    // A password change with a session past its privileged age: the save (with htmx through
    // the second replica, without JavaScript to Kratos) asks to confirm, the first replica
    // serves the sign-in, the second the result: the change applied once.
    tokio::time::sleep(SESSION_UNPRIVILEGED_AFTER.saturating_sub(signed_in_at.elapsed())).await;
    let new_password = format!("{}-renewed", user.password);
    let form = again
        .settings_form("password")
        .set("password", &new_password);
    steer(&browser, stack, second).await;
    let answer = send(&browser, path, &form, ("method", "password")).await;
    if path == Path::Htmx {
        assert_eq!(served_by(&answer), b, "htmx: the save");
    }
    let to_login = next_stop(&answer)
        .unwrap_or_else(|| panic!("{path:?}: sent to confirm, not {}", answer.body));
    steer(&browser, stack, first).await;
    let (login, chain) = browser.visit(&to_login).await;
    assert_eq!(served_by(&login), a, "{path:?}: the sign-in via {chain:?}");
    assert_eq!(
        shows(&login, &kratos_text("en", CONFIRM_IT_IS_YOU)),
        1,
        "{path:?}: asked to confirm: {}",
        login.all_text()
    );
    assert!(
        signs_in(stack, second, &user, &user.password).await,
        "{path:?}: nothing changed before confirming"
    );
    steer(&browser, stack, second).await;
    let back = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert!(
        back.url.contains("/settings?flow="),
        "{path:?}: back on {}",
        back.url
    );
    assert_eq!(served_by(&back), b, "{path:?}");
    assert_eq!(
        shows(&back, &kratos_text("en", SAVED)),
        1,
        "{path:?}: applied once: {}",
        back.all_text()
    );

    // Applied: the new password signs in (through one replica), the old one is refused (the
    // other), each in a fresh browser.
    assert!(
        signs_in(stack, second, &user, &new_password).await,
        "{path:?}: the new password signs in"
    );
    assert!(
        !signs_in(stack, first, &user, &user.password).await,
        "{path:?}: the old password is refused"
    );
    assert_eq!(stack.traits(&user.id)["name"], "Scaled Out", "{path:?}");
}

#[tokio::test]
async fn with_htmx_a_journey_alternating_between_two_replicas_has_the_same_outcomes() {
    journey(Path::Htmx, Replica::A, Replica::B).await;
}

#[tokio::test]
async fn without_javascript_a_journey_alternating_between_two_replicas_has_the_same_outcomes() {
    journey(Path::NoJs, Replica::B, Replica::A).await;
}
