//! Whether Kratos offers sign-up and account recovery, so the sign-in page links only to flows
//! that exist, and a link to a switched-off one ends on a plain page instead of an error id.
//!
//! Kratos has no endpoint that says which flows are switched on; its answer to a flow's init
//! does. A switched-off flow is refused with a 400 (sign-up names `self_service_flow_disabled`,
//! recovery no id at all) and nothing is stored; a switched-on one starts a flow, which is never
//! used and expires like any abandoned one. The answer is kept for [`OFFER_TTL`] for the whole
//! process, so the sign-in page costs at most one extra call to Kratos per flow and minute, and
//! a change of Kratos's configuration shows within a minute. While one request asks, the
//! others use the previous answer; when Kratos cannot be asked, the flow counts as offered (a
//! link too many leads to Kratos's own explanation, one too few strands a person).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::FlowKind;
use crate::kratos::KratosClient;
use crate::routes;

/// How long one answer about a flow is reused.
pub const OFFER_TTL: Duration = Duration::from_secs(60);

/// What Kratos last said about each optional flow (keyed by its init endpoint).
#[derive(Clone, Default)]
pub struct Offers(Arc<Mutex<HashMap<&'static str, Known>>>);

#[derive(Clone, Copy)]
struct Known {
    offered: bool,
    at: Instant,
    asking: bool,
}

/// The optional flows the sign-in page links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offered {
    pub registration: bool,
    pub recovery: bool,
}

impl Default for Offered {
    fn default() -> Self {
        Self {
            registration: true,
            recovery: true,
        }
    }
}

impl Offers {
    /// Whether Kratos offers `kind`'s flow, asking it when the last answer is too old.
    pub async fn offers(&self, kratos: &KratosClient, kind: &FlowKind) -> bool {
        let now = Instant::now();
        let known = {
            let mut known = self.0.lock().unwrap_or_else(|p| p.into_inner());
            let entry = known.get_mut(kind.init);
            match entry {
                // Another request is asking (or asked and was cancelled: then the answer is
                // asked again once it is twice as old).
                Some(entry)
                    if now.duration_since(entry.at)
                        < if entry.asking {
                            2 * OFFER_TTL
                        } else {
                            OFFER_TTL
                        } =>
                {
                    return entry.offered;
                }
                Some(entry) => {
                    entry.asking = true;
                    Some(entry.offered)
                }
                None => None,
            }
        };
        let offered = match kratos.start_flow(kind.init).await {
            Ok(answer) => answer.status != 400,
            Err(_) => known.unwrap_or(true),
        };
        let mut all = self.0.lock().unwrap_or_else(|p| p.into_inner());
        all.insert(
            kind.init,
            Known {
                offered,
                at: Instant::now(),
                asking: false,
            },
        );
        offered
    }

    /// The optional flows the sign-in page may link to.
    pub async fn offered(&self, kratos: &KratosClient) -> Offered {
        let flow = |route| FlowKind::at(route);
        Offered {
            registration: self.offers(kratos, flow(routes::REGISTRATION)).await,
            recovery: self.offers(kratos, flow(routes::RECOVERY)).await,
        }
    }
}
