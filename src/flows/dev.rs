//! `GET /dev/status` (dev mode only): what the dev script on every page (assets/dev.js) polls,
//! so that an open page reloads itself once the UI has been rebuilt and restarted or an asset
//! has changed, and shows the compiler's errors while a rebuild fails instead of going dead.
//!
//! `scripts/dev.sh --watch` rebuilds and restarts this process on every edit and keeps the
//! state of its rebuild in `DEV_WATCH_DIR`: `state` (`building`, `failed` or `ok`) and
//! `errors` (the compiler's messages). The old process keeps serving while a rebuild runs, so
//! it is the one that reports a failure.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use actix_web::{HttpResponse, web};
use serde::Serialize;

use crate::http::assets::Assets;

/// This process's identity (a new one after each restart) and where the watcher writes.
pub struct DevStatus {
    server: String,
    watch_dir: Option<PathBuf>,
}

impl DevStatus {
    pub fn new(watch_dir: Option<PathBuf>) -> Self {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        Self {
            server: format!("{}-{started}", std::process::id()),
            watch_dir,
        }
    }

    /// The rebuild's state and the compiler's errors; `ok` when nothing watches.
    fn build(&self) -> (String, String) {
        let Some(dir) = &self.watch_dir else {
            return ("ok".into(), String::new());
        };
        let read = |name| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        let state = match read("state").trim() {
            state @ ("building" | "failed") => state.to_owned(),
            _ => "ok".to_owned(),
        };
        let errors = if state == "failed" {
            read("errors")
        } else {
            String::new()
        };
        (state, errors)
    }
}

#[derive(Serialize)]
struct Status<'a> {
    /// Changes when the process restarts.
    server: &'a str,
    /// Changes when an asset file changes on disk.
    assets: String,
    /// `ok`, `building` or `failed`.
    build: String,
    errors: String,
}

pub async fn status(dev: web::Data<DevStatus>, assets: web::Data<Assets>) -> HttpResponse {
    let (build, errors) = dev.build();
    HttpResponse::Ok().json(Status {
        server: &dev.server,
        assets: assets.version_on_disk(),
        build,
        errors,
    })
}
