//! Static assets (stylesheet, theme, our script, htmx, logo), read into memory at start-up.
//!
//! A fixed table of names means no path from a request ever touches the file system (no
//! traversal to worry about). Each asset's URL carries a content hash (`?v=`), so browsers may
//! cache it for a year and still see a new version immediately. In dev mode the files are read
//! again on every request instead, so a designer's edit shows on the next reload.
//!
//! `theme.css` is made from the configuration (`ACCENT_COLOR`), so branding needs no file.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::http::header;
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};

use crate::config::Config;

pub const STYLESHEET: &str = "app.css";
pub const SCRIPT: &str = "app.js";
pub const HTMX: &str = "htmx.min.js";
pub const THEME: &str = "theme.css";
pub const LOGO: &str = "logo";

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: Bytes,
    version: String,
    /// Where the file is, for dev mode's read on every request (none for `theme.css`).
    path: Option<PathBuf>,
}

/// The assets, shared by all workers.
#[derive(Clone)]
pub struct Assets {
    table: Arc<Vec<Asset>>,
    dev_mode: bool,
}

impl Assets {
    /// Loads every asset; a missing file stops start-up with a message saying how to fix it.
    pub fn load(config: &Config) -> std::io::Result<Self> {
        let mut table = vec![
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
        if let Some(logo) = &config.logo_file {
            let content_type = match logo.extension().and_then(|e| e.to_str()) {
                Some(e) if e.eq_ignore_ascii_case("svg") => "image/svg+xml",
                Some(e) if e.eq_ignore_ascii_case("png") => "image/png",
                _ => "image/webp",
            };
            table.push((LOGO, content_type, logo.clone()));
        }
        let mut assets = Vec::with_capacity(table.len() + 1);
        for (name, content_type, path) in table {
            let body = read(&path, name)?;
            assets.push(Asset {
                name,
                content_type,
                version: version_of(&body),
                body: Bytes::from(body),
                path: Some(path),
            });
        }
        let theme = theme_css(config.accent_color.as_deref()).into_bytes();
        assets.push(Asset {
            name: THEME,
            content_type: "text/css; charset=utf-8",
            version: version_of(&theme),
            body: Bytes::from(theme),
            path: None,
        });
        Ok(Self {
            table: Arc::new(assets),
            dev_mode: config.dev_mode,
        })
    }

    /// Whether a logo is configured.
    pub fn has_logo(&self) -> bool {
        self.find(LOGO).is_some()
    }

    /// The cache-busting version of `name` (empty for an unknown name).
    pub fn version(&self, name: &str) -> &str {
        self.find(name).map_or("", |asset| asset.version.as_str())
    }

    fn find(&self, name: &str) -> Option<&Asset> {
        self.table.iter().find(|asset| asset.name == name)
    }
}

fn version_of(body: &[u8]) -> String {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The brand stylesheet: the accent colour (light scheme) and a text colour that reads on it.
fn theme_css(accent: Option<&str>) -> String {
    match accent {
        Some(accent) => format!(
            "/* From ACCENT_COLOR. */\n@media (prefers-color-scheme: light) {{\n  :root {{ --color-accent: {accent}; --color-accent-text: {}; }}\n}}\n",
            readable_text_on(accent)
        ),
        None => "/* No ACCENT_COLOR configured: app.css's colours apply. */\n".to_owned(),
    }
}

/// Black or white, whichever contrasts more with the `#rgb`/`#rrggbb` colour (WCAG 2).
fn readable_text_on(hex: &str) -> &'static str {
    let digits = hex.trim_start_matches('#');
    let expanded: String = if digits.len() == 3 {
        digits.chars().flat_map(|c| [c, c]).collect()
    } else {
        digits.to_owned()
    };
    let channel = |i: usize| {
        let value = u8::from_str_radix(&expanded[i..i + 2], 16).unwrap_or(0) as f64 / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    let against_white = 1.05 / (luminance + 0.05);
    let against_black = (luminance + 0.05) / 0.05;
    if against_white >= against_black {
        "#ffffff"
    } else {
        "#000000"
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
    if assets.dev_mode
        && let Some(path) = &asset.path
    {
        return match std::fs::read(path) {
            Ok(body) => HttpResponse::Ok()
                .content_type(asset.content_type)
                .insert_header((header::CACHE_CONTROL, "no-cache"))
                .body(body),
            Err(error) => {
                log::warn!("dev mode: cannot read {}: {error}", path.display());
                HttpResponse::NotFound()
                    .content_type("text/plain; charset=utf-8")
                    .body("No such asset.")
            }
        };
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_accent_gets_a_text_colour_that_reads_on_it() {
        assert_eq!(readable_text_on("#0b57d0"), "#ffffff");
        assert_eq!(readable_text_on("#ffbf47"), "#000000");
        assert_eq!(readable_text_on("#fff"), "#000000");
        assert!(theme_css(Some("#123456")).contains("--color-accent: #123456"));
    }
}
