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

/// Whether two byte strings are equal, looking at every byte whatever the first difference,
/// so that timing does not tell how much of a guess was right.
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
