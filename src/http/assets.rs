//! Static assets (stylesheet, our script, htmx), read into memory once at start-up.
//!
//! A fixed table of names means no path from a request ever touches the file system (no
//! traversal to worry about). Each asset's URL carries a content hash (`?v=`), so browsers may
//! cache it for a year and still see a new version immediately.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

use actix_web::http::header;
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};

use crate::config::Config;

pub const STYLESHEET: &str = "app.css";
pub const SCRIPT: &str = "app.js";
pub const HTMX: &str = "htmx.min.js";

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: Bytes,
    version: String,
}

/// The assets, shared by all workers.
#[derive(Clone)]
pub struct Assets(Arc<Vec<Asset>>);

impl Assets {
    /// Loads every asset; a missing file stops start-up with a message saying how to fix it.
    pub fn load(config: &Config) -> std::io::Result<Self> {
        let table = [
            (
                STYLESHEET,
                "text/css; charset=utf-8",
                config.assets_dir.join(STYLESHEET),
            ),
            (
                SCRIPT,
                "text/javascript; charset=utf-8",
                config.assets_dir.join(SCRIPT),
            ),
            (
                HTMX,
                "text/javascript; charset=utf-8",
                config.htmx_js.clone(),
            ),
        ];
        let mut assets = Vec::with_capacity(table.len());
        for (name, content_type, path) in table {
            let body = read(&path, name)?;
            let mut hasher = DefaultHasher::new();
            body.hash(&mut hasher);
            assets.push(Asset {
                name,
                content_type,
                body: Bytes::from(body),
                version: format!("{:016x}", hasher.finish()),
            });
        }
        Ok(Self(Arc::new(assets)))
    }

    /// The cache-busting version of `name` (empty for an unknown name).
    pub fn version(&self, name: &str) -> &str {
        self.find(name).map_or("", |asset| asset.version.as_str())
    }

    fn find(&self, name: &str) -> Option<&Asset> {
        self.0.iter().find(|asset| asset.name == name)
    }
}

fn read(path: &Path, name: &str) -> std::io::Result<Vec<u8>> {
    std::fs::read(path).map_err(|error| {
        let hint = if name == HTMX {
            " (run `npm ci` to install htmx, or set HTMX_JS)"
        } else {
            " (set ASSETS_DIR to the repository's assets folder)"
        };
        std::io::Error::new(
            error.kind(),
            format!("cannot read asset {}: {error}{hint}", path.display()),
        )
    })
}

/// `GET /assets/{name}`.
pub async fn serve(
    req: HttpRequest,
    name: web::Path<String>,
    assets: web::Data<Assets>,
) -> HttpResponse {
    let Some(asset) = assets.find(&name) else {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("No such asset.");
    };
    let versioned = req
        .query_string()
        .strip_prefix("v=")
        .is_some_and(|version| version == asset.version);
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, format!("\"{}\"", asset.version)))
        .body(asset.body.clone())
}
