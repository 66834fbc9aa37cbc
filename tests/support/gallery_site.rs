//! The site the gallery tests draw with (`gallery_snapshots.rs`, `markup_contract.rs`): a
//! production configuration, and the captured states it draws.

use kratos_htmx_ui::config::Config;
use kratos_htmx_ui::http::assets::Assets;
use kratos_htmx_ui::site::Site;

pub const FIXTURES: &str = "tests/fixtures/gallery";

pub fn site() -> Site {
    let config = Config::from_lookup(|name| match name {
        "KRATOS_PUBLIC_URL" => Some("http://localhost:4433".into()),
        "COOKIE_SECRET" => Some("ab16359bf69c71f0b7a2427132b6fe21dcc2022fd0640a53".into()),
        "PUBLIC_URL" => Some("http://localhost:4455".into()),
        _ => None,
    })
    .expect("a valid test configuration");
    let assets = Assets::load(&config).expect("assets (run npm ci for htmx)");
    Site::new(&config, &assets)
}
