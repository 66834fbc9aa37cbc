//! Query strings, encoded one way everywhere: the UI's links, Kratos's browser URLs and the
//! calls the Kratos client makes.

/// `url?name=value&…`, every value percent-encoded; `url` itself when the query is empty.
pub fn with_query(mut url: String, query: &[(&str, &str)]) -> String {
    for (index, (name, value)) in query.iter().enumerate() {
        url.push(if index == 0 { '?' } else { '&' });
        url.push_str(name);
        url.push('=');
        url.push_str(&encode(value));
    }
    url
}

/// Percent-encodes a query value.
pub fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
