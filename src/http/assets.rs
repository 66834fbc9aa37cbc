//! Static assets (stylesheet, theme, our script, htmx, logo), read into memory at start-up.
//!
//! A fixed table of names means no path from a request ever touches the file system (no
//! traversal to worry about). Each asset's file name carries a hash of its content
//! (`app.<hash>.css`), so browsers cache it for a year (`immutable`: not even a revalidation
//! on reload) and a new release, whose pages name new files, never meets a stale one. A name
//! with another hash (a page drawn by the previous release, during a rolling upgrade) gets
//! today's content with `no-cache`, never a 404 and never a year of the wrong file.
//!
//! Each asset is compressed once, when it is loaded (`compression::Precompressed`); a request
//! picks the form its browser reads. In dev mode the files are read again on every request
//! instead (and compressed on the way out like a page), so a designer's edit shows on the
//! next reload.
//!
//! `theme.css` is made from the configuration (`ACCENT_COLOR`), so branding needs no file.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::http::header;
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};

use super::compression::Precompressed;
use crate::config::Config;

pub const STYLESHEET: &str = "app.css";
pub const SCRIPT: &str = "app.js";
pub const HTMX: &str = "htmx.min.js";
pub const THEME: &str = "theme.css";
pub const LOGO: &str = "logo";
/// Dev mode only: the stylesheet of the dev tools (the gallery's labels, the build panel), and,
/// under `scripts/dev.sh --watch`, the script that reloads a page after a rebuild and shows
/// compile errors.
pub const DEV_STYLESHEET: &str = "dev.css";
pub const DEV_SCRIPT: &str = "dev.js";

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: Precompressed,
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
                body: Precompressed::new(Bytes::from(body), content_type),
                path: Some(path),
            });
        }
        // The dev tools are part of the program, not of a restyle: built in, so a designer's
        // own ASSETS_DIR needs only app.css and app.js.
        if config.dev_mode {
            let mut dev_tools = vec![(
                DEV_STYLESHEET,
                "text/css; charset=utf-8",
                include_bytes!("../../assets/dev.css").as_slice(),
            )];
            if config.dev_watch_dir.is_some() {
                dev_tools.push((
                    DEV_SCRIPT,
                    "text/javascript; charset=utf-8",
                    include_bytes!("../../assets/dev.js").as_slice(),
                ));
            }
            for (name, content_type, body) in dev_tools {
                assets.push(Asset {
                    name,
                    content_type,
                    version: version_of(body),
                    body: Precompressed::new(Bytes::from_static(body), content_type),
                    path: None,
                });
            }
        }
        let theme = theme_css(config.accent_color.as_deref()).into_bytes();
        let content_type = "text/css; charset=utf-8";
        assets.push(Asset {
            name: THEME,
            content_type,
            version: version_of(&theme),
            body: Precompressed::new(Bytes::from(theme), content_type),
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

    /// Whether the dev stylesheet is served (dev mode), and the dev script (watch mode).
    pub fn has_dev_tools(&self) -> (bool, bool) {
        (
            self.find(DEV_STYLESHEET).is_some(),
            self.find(DEV_SCRIPT).is_some(),
        )
    }

    /// Dev mode: a version of the asset files as they are on disk now, which changes when
    /// one of them is edited (the dev script reloads the page then).
    pub fn version_on_disk(&self) -> String {
        let mut hasher = DefaultHasher::new();
        for path in self.table.iter().filter_map(|asset| asset.path.as_ref()) {
            std::fs::read(path).unwrap_or_default().hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    }

    /// The file name pages link `name` by: its content hash before the extension
    /// (`app.css` → `app.<hash>.css`).
    pub fn file_name(&self, name: &str) -> String {
        let version = self.find(name).map_or("", |asset| asset.version.as_str());
        fingerprinted(name, version)
    }

    fn find(&self, name: &str) -> Option<&Asset> {
        self.table.iter().find(|asset| asset.name == name)
    }

    /// The asset a requested file name stands for, and whether the name carries the current
    /// content hash (so the answer may be cached for good).
    fn lookup(&self, file_name: &str) -> Option<(&Asset, bool)> {
        self.table.iter().find_map(|asset| {
            if file_name == asset.name {
                return Some((asset, false));
            }
            version_in(file_name, asset.name).map(|version| (asset, version == asset.version))
        })
    }
}

/// `name` with `version` before its last extension (`htmx.min.js` → `htmx.min.<v>.js`), or
/// after it when it has none (`logo` → `logo.<v>`).
fn fingerprinted(name: &str, version: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{version}.{extension}"),
        None => format!("{name}.{version}"),
    }
}

/// The version in `file_name` when it is `name` fingerprinted with some version (16 hex
/// digits): the inverse of [`fingerprinted`].
fn version_in<'a>(file_name: &'a str, name: &str) -> Option<&'a str> {
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) => (stem, Some(extension)),
        None => (name, None),
    };
    let rest = file_name.strip_prefix(stem)?.strip_prefix('.')?;
    let version = match extension {
        Some(extension) => rest.strip_suffix(extension)?.strip_suffix('.')?,
        None => rest,
    };
    (version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit())).then_some(version)
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

/// `GET /assets/{file_name}`.
pub async fn serve(
    req: HttpRequest,
    file_name: web::Path<String>,
    assets: web::Data<Assets>,
) -> HttpResponse {
    let Some((asset, current)) = assets.lookup(&file_name) else {
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
    let cache = if current {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    // One tag for every coding of the same content: a cache that revalidates gets a 304 for
    // whichever form it holds (the tag is weak, as the bytes differ by coding; `If-None-Match`
    // compares weakly, so `W/` does not count).
    let opaque = format!("\"{}\"", asset.version);
    let etag = format!("W/{opaque}");
    let unchanged = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|tags| {
            tags.split(',')
                .map(str::trim)
                .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == opaque)
        });
    if unchanged {
        let mut not_modified = HttpResponse::NotModified();
        not_modified
            .insert_header((header::CACHE_CONTROL, cache))
            .insert_header((header::ETAG, etag));
        // As the 200 would have said.
        if asset.body.varies() {
            not_modified.insert_header((header::VARY, "Accept-Encoding"));
        }
        return not_modified.finish();
    }
    let mut builder = HttpResponse::Ok();
    builder
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, etag));
    asset.body.respond(req.headers(), builder)
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

    #[test]
    fn file_names_carry_the_content_hash_before_the_extension() {
        let version = "0123456789abcdef";
        assert_eq!(
            fingerprinted("app.css", version),
            "app.0123456789abcdef.css"
        );
        assert_eq!(
            fingerprinted("htmx.min.js", version),
            "htmx.min.0123456789abcdef.js"
        );
        assert_eq!(fingerprinted("logo", version), "logo.0123456789abcdef");
        assert_eq!(
            version_in("htmx.min.fedcba9876543210.js", HTMX),
            Some("fedcba9876543210")
        );
        assert_eq!(
            version_in("logo.fedcba9876543210", LOGO),
            Some("fedcba9876543210")
        );
        assert_eq!(version_in("app.fedcba98.css", STYLESHEET), None);
        assert_eq!(version_in("app.css", STYLESHEET), None);
        assert_eq!(version_in("../app.fedcba9876543210.css", STYLESHEET), None);
        assert_eq!(version_in("app.fedcba9876543210.css", SCRIPT), None);
    }
}
