//! Page-load timing in headless Chromium: the built, pre-rendered page against a plain static
//! HTML page of the same interview (the same file without its scripts), loads interleaved.
//!
//! Run: `./scripts/dist && cargo bench --bench page_load` (or `./scripts/bench`).
//! Prints medians of first contentful paint (the first turn is in the first paint: it is in the
//! HTML), largest contentful paint, and for the built page the time until the app is
//! interactive (`suhbat-ready`), with the ratio to the plain page; and the bytes that came over
//! the wire for each (ChromeDriver's network log).
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/plain_page.rs"]
mod plain_page;

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use harness::{Browser, JavaScript, PageLoad};

    const ROUNDS: usize = 15;
    const MOBILE_ROUNDS: usize = 11;
    const PLAIN_PAGE: &str = "plain.html";
    let site = harness::site_url(harness::Wasm::Prompt);
    let built = std::fs::read_to_string(harness::dist_dir().join("index.html")).unwrap();
    let plain_file = harness::dist_dir().join(PLAIN_PAGE);
    std::fs::write(&plain_file, plain_page::plain_page(&built)).unwrap();
    // Compressed like the built page, so that the comparison holds on a slow network.
    suhbat::build::precompress::precompress_file(&plain_file).unwrap();

    for (profile, rounds) in [("desktop", ROUNDS), ("phone on mobile data", MOBILE_ROUNDS)] {
        let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
        if profile != "desktop" {
            browser.emulate_a_phone_on_mobile_data().await;
        }
        let (mut built, mut plain) = (Timings::default(), Timings::default());
        for _ in 0..rounds {
            built.push(measure(&browser, site, true).await);
            plain.push(measure(&browser, &format!("{site}{PLAIN_PAGE}"), false).await);
        }
        browser.close().await;
        report(profile, rounds, &built, &plain);
    }
    for suffix in ["", ".br", ".gz"] {
        let _ = std::fs::remove_file(harness::dist_dir().join(format!("{PLAIN_PAGE}{suffix}")));
    }
}

/// Prints the medians of a profile's loads.
#[cfg(not(target_arch = "wasm32"))]
fn report(profile: &str, rounds: usize, built: &Timings, plain: &Timings) {
    println!("page load, {profile}, median of {rounds} interleaved loads each (ms)");
    println!("                       built   plain   ratio");
    for (name, b, p) in [
        (
            "first contentful paint",
            median(&built.fcp),
            median(&plain.fcp),
        ),
        (
            "largest contentful paint",
            median(&built.lcp),
            median(&plain.lcp),
        ),
    ] {
        println!("{name:<24} {b:>6.1} {p:>7.1} {:>7.2}", b / p);
    }
    println!("interactive (suhbat-ready) {:>6.1}", median(&built.ready));
    println!(
        "bytes over the wire       {:>6.0} {:>7.0}",
        median(&built.bytes),
        median(&plain.bytes)
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Timings {
    fcp: Vec<f64>,
    lcp: Vec<f64>,
    ready: Vec<f64>,
    bytes: Vec<f64>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Timings {
    fn push(&mut self, (fcp, lcp, ready, bytes): (f64, f64, f64, f64)) {
        self.fcp.push(fcp);
        self.lcp.push(lcp);
        self.ready.push(ready);
        self.bytes.push(bytes);
    }
}

/// Loads `url` afresh and reads its paint timings (and the app's ready mark) and the bytes it
/// fetched.
#[cfg(not(target_arch = "wasm32"))]
async fn measure(
    browser: &harness::Browser,
    url: &str,
    wait_for_app: bool,
) -> (f64, f64, f64, f64) {
    browser.client.goto("about:blank").await.unwrap();
    browser.network_requests().await;
    browser.client.goto(url).await.unwrap();
    if wait_for_app {
        browser.wait_until_ready().await;
    }
    let timings = browser
        .script(
            "const lcp = await new Promise(done => new PerformanceObserver(list =>
                 done(list.getEntries().at(-1).startTime)).observe({type: 'largest-contentful-paint', buffered: true}));
             const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
             const ready = performance.getEntriesByName('suhbat-ready')[0];
             return [fcp, lcp, ready ? ready.startTime : 0]",
        )
        .await;
    let value = |i: usize| timings[i].as_f64().unwrap();
    let fetched = browser.network_requests().await;
    let bytes = fetched.iter().map(|(_, bytes)| *bytes as f64).sum();
    (value(0), value(1), value(2), bytes)
}

#[cfg(not(target_arch = "wasm32"))]
fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}
