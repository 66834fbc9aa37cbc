//! HTTP plumbing below the flows: htmx detection, security headers, request ids, limits,
//! assets, compression, Subresource Integrity values, and the classification of problems.

pub mod assets;
pub mod compression;
pub mod header_limit;
pub mod headers;
pub mod htmx;
pub mod integrity;
pub mod problem;
pub mod query;
pub mod request_id;
pub mod same_origin;
pub mod slow_clients;
