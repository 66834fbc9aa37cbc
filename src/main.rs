//! The binary: configure logging, read the configuration, serve until stopped.

use kratos_htmx_ui::config::Config;
use kratos_htmx_ui::startup::Application;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    if std::env::args().nth(1).as_deref() == Some(kratos_htmx_ui::healthcheck::COMMAND) {
        std::process::exit(kratos_htmx_ui::healthcheck::run());
    }
    kratos_htmx_ui::logging::init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(problems) => {
            for problem in problems {
                eprintln!("configuration error: {problem}");
            }
            std::process::exit(2);
        }
    };
    if config.dev_mode {
        log::warn!(
            "DEV_MODE IS ON: for a developer's machine only. The designers' gallery is served, assets are read from disk on every request and an example COOKIE_SECRET is accepted; never expose this process to other people"
        );
    }
    let app = Application::build(config)?;
    log::info!("listening on http://{}", app.address());
    app.run_until_stopped().await?;
    log::info!("stopped: in-flight requests finished");
    Ok(())
}
