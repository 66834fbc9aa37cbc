//! Health endpoints: `alive` says the process serves; `ready` asks Kratos, at most about once
//! per [`READY_TTL`] for the whole process.
//!
//! Readiness probes come from orchestrators and load balancers, sometimes many at once, some
//! misconfigured to probe in a tight loop; each one should not become a call to Kratos. The last
//! answer is kept for a short time and shared by every worker. When it is too old, one probe
//! asks Kratos; the others meanwhile get the previous answer, for at most another
//! [`READY_TTL`], and after that (or when there is none yet) wait for that probe's. So an
//! answer is never more than twice [`READY_TTL`] old.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{HttpResponse, web};
use tokio::sync::Notify;

use crate::kratos::KratosClient;

/// How long one readiness answer from Kratos is reused.
pub const READY_TTL: Duration = Duration::from_secs(2);

/// How often a probe waiting for another's answer looks again (should a wake-up be missed).
const WAIT_STEP: Duration = Duration::from_millis(100);

/// The last readiness answer, shared by every worker.
#[derive(Clone, Default)]
pub struct ReadyCache(Arc<Shared>);

#[derive(Default)]
struct Shared {
    cached: Mutex<Cached>,
    /// Woken when a probe that asked Kratos is done (answered or gone).
    settled: Notify,
}

#[derive(Default)]
struct Cached {
    /// When Kratos last answered, and what that meant.
    answer: Option<(Instant, Readiness)>,
    /// A probe is asking Kratos right now.
    asking: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Readiness {
    Ready,
    NotReady(u16),
    Unreachable,
}

/// What a probe does now.
enum Next<'a> {
    Answer(Readiness),
    Ask(Claim<'a>),
    Wait,
}

pub async fn alive() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

pub async fn ready(kratos: web::Data<KratosClient>, cache: web::Data<ReadyCache>) -> HttpResponse {
    let readiness = loop {
        match cache.next() {
            Next::Answer(readiness) => break readiness,
            Next::Ask(claim) => break claim.settle(ask(&kratos).await),
            Next::Wait => {
                let _ = tokio::time::timeout(WAIT_STEP, cache.0.settled.notified()).await;
            }
        }
    };
    match readiness {
        Readiness::Ready => HttpResponse::Ok().json(serde_json::json!({"status": "ok"})),
        Readiness::NotReady(status) => HttpResponse::ServiceUnavailable().json(serde_json::json!({
            "status": "unavailable",
            "reason": format!("Kratos is not ready (status {status})"),
        })),
        Readiness::Unreachable => HttpResponse::ServiceUnavailable().json(serde_json::json!({
            "status": "unavailable",
            "reason": "Kratos cannot be reached",
        })),
    }
}

/// The right to ask Kratos, held by one probe at a time. Dropped, answered or not (its client
/// may have gone away mid-call), it wakes the waiting probes, and the next one asks if need be.
struct Claim<'a>(&'a ReadyCache);

impl Claim<'_> {
    fn settle(self, readiness: Readiness) -> Readiness {
        self.0
            .with(|cached| cached.answer = Some((Instant::now(), readiness.clone())));
        readiness
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.0.with(|cached| cached.asking = false);
        self.0.0.settled.notify_waiters();
    }
}

impl ReadyCache {
    fn next(&self) -> Next<'_> {
        let fresh = self.with(|cached| match &cached.answer {
            Some((at, readiness))
                if at.elapsed() < READY_TTL || (cached.asking && at.elapsed() < 2 * READY_TTL) =>
            {
                Some(Some(readiness.clone()))
            }
            // Kratos is slow to answer the probe that asks: the others wait for that answer
            // rather than repeat one that is too old (a hung Kratos is not ready).
            _ if cached.asking => Some(None),
            _ => {
                cached.asking = true;
                None
            }
        });
        match fresh {
            Some(Some(readiness)) => Next::Answer(readiness),
            Some(None) => Next::Wait,
            None => Next::Ask(Claim(self)),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut Cached) -> T) -> T {
        f(&mut self
            .0
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

async fn ask(kratos: &KratosClient) -> Readiness {
    match kratos.ready().await {
        Ok(answer) if answer.status == 200 && says_ok(&answer.body) => Readiness::Ready,
        Ok(answer) => Readiness::NotReady(answer.status),
        // The client has logged why.
        Err(_) => Readiness::Unreachable,
    }
}

/// Kratos's readiness answer is `{"status":"ok"}`; anything else is not Kratos being ready.
fn says_ok(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body)
        .is_ok_and(|value| value.get("status").and_then(|s| s.as_str()) == Some("ok"))
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Next<'_> {
        fn answer(self) -> Option<Readiness> {
            match self {
                Next::Answer(readiness) => Some(readiness),
                _ => None,
            }
        }
    }

    #[test]
    fn one_probe_asks_while_the_others_wait_for_it_or_reuse_the_last_answer() {
        let cache = ReadyCache::default();
        let Next::Ask(first) = cache.next() else {
            panic!("nothing known: ask")
        };
        assert!(matches!(cache.next(), Next::Wait), "nothing to reuse: wait");
        first.settle(Readiness::Ready);
        assert_eq!(cache.next().answer(), Some(Readiness::Ready));
        // Expired: one probe asks, the ones during its call get the previous answer.
        cache.with(|cached| cached.answer = Some((Instant::now() - READY_TTL, Readiness::Ready)));
        let Next::Ask(refresh) = cache.next() else {
            panic!("stale: ask")
        };
        assert_eq!(cache.next().answer(), Some(Readiness::Ready));
        refresh.settle(Readiness::Unreachable);
        assert_eq!(cache.next().answer(), Some(Readiness::Unreachable));
    }

    #[test]
    fn while_kratos_is_slow_to_answer_an_old_answer_is_not_repeated_for_long() {
        let cache = ReadyCache::default();
        cache.with(|cached| {
            cached.answer = Some((Instant::now() - 2 * READY_TTL, Readiness::Ready));
        });
        let Next::Ask(_asking) = cache.next() else {
            panic!("stale: ask")
        };
        assert!(
            matches!(cache.next(), Next::Wait),
            "too old to repeat: wait for the probe that asks"
        );
    }

    #[test]
    fn a_probe_dropped_while_asking_leaves_the_asking_to_the_next() {
        let cache = ReadyCache::default();
        let Next::Ask(first) = cache.next() else {
            panic!("nothing known: ask")
        };
        drop(first);
        assert!(matches!(cache.next(), Next::Ask(_)), "the next probe asks");
    }
}
