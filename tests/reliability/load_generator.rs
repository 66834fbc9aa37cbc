//! A closed-loop load generator: `concurrency` clients, each sending the next request as soon
//! as the previous answer has been read, for a fixed time. Every request is recorded (when it
//! started, how long it took, what came back), so tests can look at phases of a run.

use std::time::{Duration, Instant};

/// One request of a run.
#[derive(Clone, Debug)]
pub struct Sample {
    /// When it was sent, from the start of the run.
    pub sent_at: Duration,
    pub took: Duration,
    /// The status, or the client-side error (connection refused, reset, timeout).
    pub answer: Result<u16, String>,
    /// Whether the body told the person the account service is unavailable.
    pub says_unavailable: bool,
}

/// GETs `url` with `cookie` from `concurrency` clients for `duration`.
pub async fn run(url: &str, cookie: &str, concurrency: usize, duration: Duration) -> Vec<Sample> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(concurrency)
        .timeout(Duration::from_secs(15))
        .build()
        .unwrap();
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, url, cookie) = (client.clone(), url.to_owned(), cookie.to_owned());
            tokio::spawn(async move {
                let mut samples = Vec::new();
                while started.elapsed() < duration {
                    let sent = Instant::now();
                    let answer = match client.get(&url).header("cookie", &cookie).send().await {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            match response.text().await {
                                Ok(body) => Ok((status, body)),
                                Err(error) => Err(format!("reading the body: {error}")),
                            }
                        }
                        Err(error) => Err(format!("{error:?}")),
                    };
                    samples.push(Sample {
                        sent_at: sent - started,
                        took: sent.elapsed(),
                        says_unavailable: answer.as_ref().is_ok_and(|(_, body)| {
                            body.contains("The account service is not available")
                        }),
                        answer: answer.map(|(status, _)| status),
                    });
                }
                samples
            })
        })
        .collect();
    let mut samples = Vec::new();
    for worker in workers {
        samples.extend(worker.await.unwrap());
    }
    samples.sort_by_key(|sample| sample.sent_at);
    samples
}

/// The `q` quantile (0..=1) of the latencies of `samples`.
pub fn quantile(samples: &[Sample], q: f64) -> Duration {
    let mut took: Vec<Duration> = samples.iter().map(|sample| sample.took).collect();
    took.sort();
    if took.is_empty() {
        return Duration::ZERO;
    }
    took[((took.len() - 1) as f64 * q).round() as usize]
}

/// How many samples had each status (client errors counted under their message).
pub fn tally(samples: &[Sample]) -> std::collections::BTreeMap<String, usize> {
    let mut tally = std::collections::BTreeMap::new();
    for sample in samples {
        let key = match &sample.answer {
            Ok(status) => status.to_string(),
            Err(error) => error.chars().take(120).collect(),
        };
        *tally.entry(key).or_default() += 1;
    }
    tally
}
