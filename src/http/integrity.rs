//! Subresource Integrity values (`sha512-<base64>`): parsing one, and checking bytes against it.
//!
//! Kratos names its WebAuthn script's digest this way in the script node of a flow; the UI
//! checks the bytes it relays against that value before serving them (`flows/kratos_script.rs`).
//!
//! Only what Kratos sends and browsers check is accepted: ONE value, SHA-256, SHA-384 or SHA-512,
//! its digest in standard base64 with padding and of the algorithm's length, no `?options`.
//! Anything else is refused rather than guessed at, so a value that parses here is also one
//! the browser checks (the same value goes on the page's `<script integrity>`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::digest;

/// A parsed integrity value: the algorithm and the digest it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Integrity {
    algorithm: Algorithm,
    digest: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Algorithm {
    Sha256,
    Sha384,
    Sha512,
}

impl Algorithm {
    fn ring(self) -> &'static digest::Algorithm {
        match self {
            Algorithm::Sha256 => &digest::SHA256,
            Algorithm::Sha384 => &digest::SHA384,
            Algorithm::Sha512 => &digest::SHA512,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
        }
    }
}

impl Integrity {
    /// `value` as an integrity value, or `None` when it is not exactly one that we accept.
    pub fn parse(value: &str) -> Option<Integrity> {
        let (name, encoded) = value.split_once('-')?;
        let algorithm = match name {
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            _ => return None,
        };
        let digest = STANDARD.decode(encoded).ok()?;
        (digest.len() == algorithm.ring().output_len()).then_some(Integrity { algorithm, digest })
    }

    /// Whether `bytes` are what this value names. Both digests are public (the value is in the
    /// page, the script is Kratos's), so nothing secret could leak through timing; the
    /// comparison looks at every byte all the same.
    pub fn matches(&self, bytes: &[u8]) -> bool {
        let actual = digest::digest(self.algorithm.ring(), bytes);
        super::same_bytes(actual.as_ref(), &self.digest)
    }

    /// The algorithm's name, for a log line (the digest itself is never logged).
    pub fn algorithm(&self) -> &'static str {
        self.algorithm.name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sri(algorithm: &'static digest::Algorithm, prefix: &str, bytes: &[u8]) -> String {
        format!(
            "{prefix}-{}",
            STANDARD.encode(digest::digest(algorithm, bytes))
        )
    }

    #[test]
    fn each_algorithm_matches_its_own_bytes_only() {
        let script = b"window.__oryWebAuthnLogin = () => {};\n";
        for (algorithm, name) in [
            (&digest::SHA256, "sha256"),
            (&digest::SHA384, "sha384"),
            (&digest::SHA512, "sha512"),
        ] {
            let value = sri(algorithm, name, script);
            let integrity = Integrity::parse(&value).unwrap_or_else(|| panic!("{value}"));
            assert_eq!(integrity.algorithm(), name);
            assert!(integrity.matches(script), "{value}");
            assert!(!integrity.matches(b"alert(1)"), "{value}");
            assert!(!integrity.matches(b""), "{value}");
        }
    }

    #[test]
    fn kratos_s_own_value_parses() {
        // As Kratos v1.3.1 puts it in its script node (tests/fixtures/gallery).
        let value = "sha512-MDzBlwh32rr+eus2Yf1BetIj94m+ULLbewYDulbZjczycs81klNed+qQWG2yi2N03KV5uZlRJJtWdV2x9JNHzQ==";
        assert!(Integrity::parse(value).is_some());
    }

    #[test]
    fn anything_else_is_refused() {
        let good = sri(&digest::SHA512, "sha512", b"x");
        let short = format!("sha512-{}", STANDARD.encode([0u8; 32]));
        let unpadded = good.trim_end_matches('=').to_owned();
        let url_safe = good.replace('+', "-").replace('/', "_");
        for bad in [
            "",
            "sha512",
            "sha512-",
            "md5-CY9rzUYh03PK3k6DJie09g==",
            "sha1-C+7Hteo/D9vJXQ3UfzxbwnXaijM=",
            "SHA512-MDzBlwh32rr+eus2Yf1BetIj94m+ULLbewYDulbZjczycs81klNed+qQWG2yi2N03KV5uZlRJJtWdV2x9JNHzQ==",
            "sha512-not base64!",
            &short,
            &format!("{good}?ct=application/javascript"),
            &format!("{good} {good}"),
            &format!(" {good}"),
            &unpadded,
        ] {
            assert_eq!(Integrity::parse(bad), None, "{bad}");
        }
        // base64url only differs when the digest holds + or /.
        if url_safe != good {
            assert_eq!(Integrity::parse(&url_safe), None, "{url_safe}");
        }
    }
}
