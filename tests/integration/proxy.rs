//! A TCP proxy in front of the real Kratos that can make it slow or make it reset connections:
//! the network faults a real Kratos cannot be asked to produce, while every answer that does
//! arrive is still Kratos's own. It also keeps what it heard (the start of every request), so a
//! test can see which headers reached Kratos.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the proxy does to each connection; changeable while it runs.
#[derive(Clone, Default)]
pub struct Proxy {
    pub port: u16,
    delay_ms: Arc<AtomicU64>,
    reset: Arc<AtomicBool>,
    heard: Arc<Mutex<Vec<String>>>,
    /// Every byte clients sent, in order per connection, to count requests on kept-alive ones.
    sent: Arc<Mutex<Vec<u8>>>,
}

impl Proxy {
    /// A proxy on a free loopback port forwarding to `127.0.0.1:upstream_port`.
    pub fn start(upstream_port: u16) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let proxy = Proxy {
            port: listener.local_addr().unwrap().port(),
            ..Proxy::default()
        };
        let shared = proxy.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let proxy = shared.clone();
                std::thread::spawn(move || proxy.serve(client, upstream_port));
            }
        });
        proxy
    }

    /// Every answer from Kratos is held back this long before it is passed on.
    pub fn delay(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// The value of header `name` in every request passed on so far (`None` where absent).
    pub fn heard_header(&self, name: &str) -> Vec<Option<String>> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        self.heard
            .lock()
            .unwrap()
            .iter()
            .map(|head| {
                head.lines()
                    .find(|line| line.to_ascii_lowercase().starts_with(&prefix))
                    .map(|line| line[prefix.len()..].trim().to_owned())
            })
            .collect()
    }

    /// How many requests for `path` (its query left off) were passed on, counted in everything
    /// clients sent: unlike [`Proxy::heard_header`], this sees every request on a connection
    /// that is kept alive.
    pub fn requests_for(&self, path: &str) -> usize {
        let sent = self.sent.lock().unwrap();
        let needle = format!(" {path} HTTP/1.1\r\n");
        String::from_utf8_lossy(&sent).matches(&needle).count()
    }

    /// The request lines passed on, and the values of header `name` in them, counted in
    /// everything clients sent (kept-alive connections included).
    pub fn every_request_and_header(&self, name: &str) -> (usize, Vec<String>) {
        let sent = self.sent.lock().unwrap();
        let text = String::from_utf8_lossy(&sent);
        let prefix = format!("{}:", name.to_ascii_lowercase());
        let requests = text
            .split("\r\n")
            .filter(|line| line.ends_with(" HTTP/1.1"))
            .count();
        let values = text
            .split("\r\n")
            .filter(|line| line.to_ascii_lowercase().starts_with(&prefix))
            .map(|line| line[prefix.len()..].trim().to_owned())
            .collect();
        (requests, values)
    }

    /// New connections are reset (TCP RST) as soon as the request has arrived.
    pub fn reset_connections(&self, reset: bool) {
        self.reset.store(reset, Ordering::SeqCst);
    }

    fn serve(&self, mut client: TcpStream, upstream_port: u16) {
        if self.reset.load(Ordering::SeqCst) {
            let _ = client.read(&mut [0u8; 4096]);
            reset(client);
            return;
        }
        let Ok(upstream) = TcpStream::connect(("127.0.0.1", upstream_port)) else {
            reset(client);
            return;
        };
        let (mut to_upstream, mut from_client) =
            (upstream.try_clone().unwrap(), client.try_clone().unwrap());
        let (heard, sent) = (self.heard.clone(), self.sent.clone());
        std::thread::spawn(move || {
            let mut chunk = [0u8; 16 * 1024];
            let mut first = true;
            while let Ok(read) = from_client.read(&mut chunk) {
                if read == 0 {
                    break;
                }
                if first {
                    let head = String::from_utf8_lossy(&chunk[..read]);
                    let head = head.split("\r\n\r\n").next().unwrap_or_default().to_owned();
                    heard.lock().unwrap().push(head);
                    first = false;
                }
                sent.lock().unwrap().extend_from_slice(&chunk[..read]);
                if to_upstream.write_all(&chunk[..read]).is_err() {
                    break;
                }
            }
            let _ = to_upstream.shutdown(Shutdown::Write);
        });
        let mut from_upstream = upstream;
        let mut buffer = [0u8; 16 * 1024];
        loop {
            let read = match from_upstream.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(read) => read,
            };
            let delay = self.delay_ms.load(Ordering::SeqCst);
            if delay > 0 {
                std::thread::sleep(Duration::from_millis(delay));
            }
            if client.write_all(&buffer[..read]).is_err() {
                break;
            }
        }
        let _ = client.shutdown(Shutdown::Write);
    }
}

/// Closes `stream` with a TCP reset instead of an orderly close (SO_LINGER with a zero timeout).
pub fn reset(stream: TcpStream) {
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: a valid socket descriptor and a correctly sized `linger` value.
    unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
    drop(stream);
}
