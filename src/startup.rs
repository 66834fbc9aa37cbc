//! The composition root: binds the listener, builds the shared state and the per-worker Kratos
//! client, stacks the middleware and owns THE route table. Nothing else registers routes.

use std::net::{SocketAddr, TcpListener};

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{Logger, from_fn};
use actix_web::web::{Bytes, Query};
use actix_web::{App, HttpServer, web};

use crate::config::Config;
use crate::flows::visit::Visit;
use crate::flows::{self, FLOWS, FlowKind, FlowQuery, problems, reply};
use crate::http::assets::{self, Assets};
use crate::http::headers::security_headers;
use crate::http::problem::Problem;
use crate::http::same_origin::{self, PublicOrigin};
use crate::http::{compression, header_limit, request_id, slow_clients};
use crate::hydra::HydraClient;
use crate::kratos::KratosClient;
use crate::routes;
use crate::site::Site;
use crate::upstream;

/// The largest form body accepted; settings forms are a few hundred bytes.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// How long a stopping server waits for in-flight requests: under the 30 s a container
/// orchestrator usually allows between SIGTERM and SIGKILL.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);
/// The longest a client may take to send a request's head (the request line and headers).
pub const HEAD_DEADLINE: std::time::Duration = std::time::Duration::from_secs(5);
/// The most connections one worker holds at once (actix's default is 25,000); beyond it new
/// connections wait in the kernel's backlog until one closes.
pub const MAX_CONNECTIONS_PER_WORKER: usize = 1_024;
/// The name of the UI's own cookie: flash notices and the chosen language, nothing else.
pub const SESSION_COOKIE: &str = "kratos_ui_session";

/// A bound, configured server, ready to run.
pub struct Application {
    address: SocketAddr,
    server: Server,
}

impl Application {
    /// Binds `BIND:PORT` and builds the server.
    pub fn build(config: Config) -> std::io::Result<Self> {
        let listener = TcpListener::bind((config.bind, config.port))?;
        Self::with_listener(config, listener)
    }

    /// Builds the server on an already bound listener (tests bind port 0 first).
    pub fn with_listener(config: Config, listener: TcpListener) -> std::io::Result<Self> {
        let address = listener.local_addr()?;
        let assets = Assets::load(&config)?;
        let site = web::Data::new(Site::new(&config, &assets));
        let csp = site.content_security_policy(&[], &[]);
        let tls = upstream::tls_config(config.kratos_ca_file.as_deref())
            .map_err(|why| std::io::Error::other(format!("TLS to Kratos: {why}")))?;
        let assets = web::Data::new(assets);
        let kratos_script = web::Data::new(flows::kratos_script::ScriptCache::default());
        let session_key = Key::derive_from(config.cookie_secret.expose().as_bytes());
        let ready_cache = web::Data::new(flows::health::ReadyCache::default());
        let offers = web::Data::new(flows::offers::Offers::default());
        // One identity for the whole process (all workers): it changes only with a restart.
        let dev_status = web::Data::new(flows::dev::DevStatus::new(config.dev_watch_dir.clone()));
        let server = HttpServer::new(move || {
            let kratos = KratosClient::new(
                &config.kratos_public_url,
                config.kratos_timeout,
                &tls,
                config.kratos_cookies.clone(),
            );
            let (cookie_name, cookie_path) = ui_cookie(&config);
            let session =
                SessionMiddleware::builder(CookieSessionStore::default(), session_key.clone())
                    .cookie_name(cookie_name)
                    .cookie_secure(config.cookie_secure)
                    .cookie_http_only(true)
                    .cookie_same_site(SameSite::Lax)
                    .cookie_path(cookie_path)
                    .cookie_content_security(CookieContentSecurity::Private)
                    .session_lifecycle(
                        // A chosen language is kept for a year; notices live one request.
                        PersistentSession::default()
                            .session_ttl(actix_web::cookie::time::Duration::days(365)),
                    )
                    .build();
            let mut app = App::new()
                .app_data(web::Data::new(kratos))
                .app_data(site.clone())
                .app_data(assets.clone())
                .app_data(kratos_script.clone())
                .app_data(web::PayloadConfig::new(MAX_FORM_BYTES))
                .app_data(web::Data::new(flows::gallery::GalleryDir::of(&config)))
                .app_data(ready_cache.clone())
                .app_data(offers.clone())
                .app_data(dev_status.clone())
                .app_data(web::Data::new(slow_clients::TrustedProxies(
                    config.trusted_proxies.clone(),
                )))
                .app_data(web::Data::new(PublicOrigin(
                    config.public_url.origin().ascii_serialization(),
                )));
            // Hydra's client only where Hydra is configured: its absence turns its pages off.
            if let Some(hydra) = &config.hydra {
                let client = HydraClient::new(&hydra.admin_url, config.kratos_timeout, &tls);
                app = app.app_data(web::Data::new(client));
            }
            app.wrap(from_fn(slow_clients::bound_body))
                .wrap(from_fn(same_origin::refuse_foreign_posts))
                .wrap(from_fn(header_limit::bound))
                .wrap(from_fn(problems::problems))
                .wrap(session)
                .wrap(security_headers(csp.clone()))
                .wrap(from_fn(compression::compress))
                .wrap(from_fn(request_id::assign))
                .wrap(access_log())
                .wrap(from_fn(slow_clients::close_after_answer))
                .service(
                    web::scope(&config.base_path)
                        .configure(|cfg| dev_routes(cfg, config.dev_mode))
                        .configure(route_table),
                )
                .default_service(web::to(not_found))
        })
        // SIGTERM or SIGINT: stop accepting, let in-flight requests finish (each is bounded by
        // the Kratos timeout), then exit; a request still running after this is dropped.
        .shutdown_timeout(SHUTDOWN_GRACE.as_secs())
        // Slow clients (see `slow_clients`): the request head must arrive within this time,
        // and each worker holds at most this many connections, so a flood of idle ones cannot
        // take all the process's file descriptors and memory.
        .client_request_timeout(HEAD_DEADLINE)
        .max_connections(MAX_CONNECTIONS_PER_WORKER)
        .listen(listener)?
        .run();
        Ok(Self { address, server })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The name and path of the UI's own cookie. Over https it is `__Host-` prefixed: browsers
/// then accept it only with `Secure`, from this host, for path `/` (so no other subdomain or
/// plain-http page can plant or overwrite it); over http it lives under `BASE_PATH`.
fn ui_cookie(config: &Config) -> (String, String) {
    if config.cookie_secure {
        (format!("__Host-{SESSION_COOKIE}"), "/".to_owned())
    } else if config.base_path.is_empty() {
        (SESSION_COOKIE.to_owned(), "/".to_owned())
    } else {
        (SESSION_COOKIE.to_owned(), config.base_path.clone())
    }
}

/// THE route table, one line per address: its methods and handlers. Every flow of
/// [`FLOWS`] is one address, answered by the handlers its row names.
#[rustfmt::skip]
fn route_table(cfg: &mut web::ServiceConfig) {
    use web::{get, post};
    let assets = format!("{}/{{name}}", routes::ASSETS);
    for kind in &FLOWS {
        cfg.service(flow_resource(kind));
    }
    cfg.service(resource(routes::HOME, "GET").route(get().to(flows::home::show)))
        .service(resource(routes::SESSIONS, "GET").route(get().to(flows::sessions::show)))
        .service(resource(routes::SESSIONS_REVOKE, "POST").route(post().to(flows::sessions::revoke)))
        .service(resource(routes::SESSIONS_REVOKE_OTHERS, "POST").route(post().to(flows::sessions::revoke_others)))
        .service(resource(routes::LOGOUT, "GET, POST").route(get().to(flows::logout::confirm)).route(post().to(flows::logout::sign_out)))
        .service(resource(routes::ERROR, "GET").route(get().to(flows::error::show)))
        .service(resource(routes::CONSENT, "GET, POST").route(get().to(flows::consent::show)).route(post().to(flows::consent::decide)))
        .service(resource(routes::APPS, "GET").route(get().to(flows::apps::show)))
        .service(resource(routes::APPS_REVOKE, "POST").route(post().to(flows::apps::revoke)))
        .service(resource(routes::LANGUAGE, "POST").route(post().to(flows::language::switch)))
        .service(resource(routes::KRATOS_WEBAUTHN_SCRIPT, "GET").route(get().to(flows::kratos_script::serve)))
        .service(resource(routes::HEALTH_ALIVE, "GET").route(get().to(flows::health::alive)))
        .service(resource(routes::HEALTH_READY, "GET").route(get().to(flows::health::ready)))
        .service(resource(&assets, "GET").route(get().to(assets::serve)))
        .default_service(web::to(not_found));
}

/// A flow's address: `GET` shows it, and `POST` saves it where htmx posts its forms here.
fn flow_resource(kind: &'static FlowKind) -> actix_web::Resource {
    let show = move |visit: Visit, query: Query<FlowQuery>| flows::flow::show(kind, visit, query);
    let resource = resource(kind.route, kind.methods()).route(web::get().to(show));
    let Some(submit) = kind.htmx_submit else {
        return resource;
    };
    let save = move |visit: Visit, query: Query<FlowQuery>, body: Bytes| {
        flows::flow::save(kind, submit, visit, query, body)
    };
    resource.route(web::post().to(save))
}

/// An address answering the methods in `allow`; any other method gets a 405 page that names
/// them in `Allow`, rather than a misleading "page not found".
fn resource(path: &str, allow: &'static str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(move || async move {
        Err::<reply::Reply, _>(Problem::MethodNotAllowed(allow))
    }))
}

/// The designers' gallery and the status the dev script polls, in dev mode only.
fn dev_routes(cfg: &mut web::ServiceConfig, dev_mode: bool) {
    if dev_mode {
        cfg.route(routes::GALLERY, web::get().to(flows::gallery::index))
            .route(
                &format!("{}/{{name}}", routes::GALLERY),
                web::get().to(flows::gallery::one),
            )
            .route(routes::DEV_STATUS, web::get().to(flows::dev::status));
    }
}

async fn not_found() -> Result<reply::Reply, Problem> {
    Err(Problem::PageNotFound)
}

/// Access log without query strings: flow ids and `return_to`s stay out of the logs, and
/// headers (cookies) are never logged. Each line names our request id (see [`request_id`]),
/// which is also in any warning written while serving that request, and beside it the id the
/// request arrived with when that one is plain.
fn access_log() -> Logger {
    Logger::new(r#"%a "%{request}xi" %s %b %Dms id=%{x-request-id}o%{incoming}xi"#)
        .custom_request_replace("request", |req| format!("{} {}", req.method(), req.path()))
        .custom_request_replace("incoming", |req| {
            request_id::plain_incoming(req.headers())
                .map(|id| format!(" incoming={id}"))
                .unwrap_or_default()
        })
}
