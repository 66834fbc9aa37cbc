//! HTTP plumbing shared by every flow.

pub mod assets;
pub mod header_limit;
pub mod headers;
pub mod htmx;
pub mod problem;
pub mod request_id;
pub mod respond;
