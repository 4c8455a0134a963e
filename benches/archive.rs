//! The archive in headless Chromium, beside Pagefind on the same pages: a generated archive
//! (`$SUHBAT_ARCHIVE_DIST`, built by `./scripts/bench` from `suhbat generate`) and a copy of
//! it indexed by Pagefind (`$PAGEFIND_SITE`, with a search page `pagefind-search.html`).
//!
//! Prints: the home's first paint against a plain list (the same HTML without scripts and
//! data); for a cold query (a fresh browser) and a warm one (the next query on the same page)
//! the time to results and the bytes fetched, raw and gzipped, against Pagefind's; and how many
//! interviews each finds for Kazakh names typed without Kazakh letters, against a native search
//! of every interview with the viewer's rules.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/plain_page.rs"]
mod plain_page;

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::path::{Path, PathBuf};
    use std::rc::Rc;
    use std::time::Duration;

    use suhbat::build::folders::read_archive;
    use suhbat::domain::search::{SearchRequest, Searcher};

    use crate::harness::{Browser, JavaScript, PageLoad, serve};
    use crate::plain_page::plain_page;

    const ROUNDS: usize = 5;
    /// First paints vary more than searches: more loads, interleaved.
    const PAINT_ROUNDS: usize = 15;
    const QUERIES: [&str; 4] = ["Тоқаев", "казакстан", "токаев", "бейбітшілік"];
    const PLAIN_HOME: &str = "plain-home.html";
    const PAGEFIND_PAGE: &str = "pagefind-search.html";

    fn dir(variable: &str) -> PathBuf {
        PathBuf::from(
            std::env::var(variable)
                .unwrap_or_else(|_| panic!("{variable} is not set: run ./scripts/bench")),
        )
    }

    /// The gzipped size of the file a URL names under `root` (served at `base`).
    fn gzipped(root: &Path, base: &str, url: &str) -> usize {
        let relative = url.strip_prefix(base).unwrap_or(url);
        let relative = relative.split(['?', '#']).next().unwrap_or_default();
        let relative = if relative.is_empty() || relative.ends_with('/') {
            format!("{relative}index.html")
        } else {
            relative.to_owned()
        };
        let bytes = std::fs::read(root.join(relative)).unwrap_or_default();
        let mut gzip = std::process::Command::new("gzip")
            .args(["-9", "-c"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("gzip runs");
        use std::io::Write;
        gzip.stdin.take().unwrap().write_all(&bytes).unwrap();
        gzip.wait_with_output().unwrap().stdout.len()
    }

    /// Bytes of `fetched`, gzipped as a compressing host sends them: in all, and for the query
    /// alone (index and interviews or fragments, not page, script or WASM).
    fn bytes(fetched: &[(String, u64)], root: &Path, base: &str) -> (usize, usize) {
        fetched.iter().fold((0, 0), |(all, query), (url, size)| {
            let (url, size) = (url.as_str(), *size as usize);
            let pagefind_data = url.contains("/pagefind/") && url.contains(".pf_");
            let compressed = if pagefind_data || url.contains("/pagefind/") && url.contains("wasm")
            {
                size // Pagefind's index, fragments and WASM are compressed already.
            } else {
                gzipped(root, base, url)
            };
            let for_query = pagefind_data || url.contains("/_index/") || url.ends_with(".json");
            (
                all + compressed,
                query + if for_query { compressed } else { 0 },
            )
        })
    }

    fn median(values: &mut [f64]) -> f64 {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    }

    /// Waits for the home's results of `text` (its first link carries the query) and returns
    /// the time since `since` (ms on the page's clock) and how many interviews were found.
    async fn results_of(browser: &Browser, text: &str, since: f64) -> (f64, u64) {
        let script = format!(
            "const wanted = {};
             const done = () => {{
                 const list = document.querySelector('[data-found][data-done]');
                 return list && list.dataset.query === wanted ? Number(list.dataset.found) : null;
             }};
             const found = await new Promise(resolve => {{
                 const check = () => {{ const n = done(); if (n !== null) resolve(n); else requestAnimationFrame(check); }};
                 check();
             }});
             return [performance.now() - {since}, found];",
            serde_json::to_string(text).unwrap()
        );
        let value = browser.script(&script).await;
        (value[0].as_f64().unwrap(), value[1].as_u64().unwrap())
    }

    /// Types `text` into the home's search box in place of what it held (as one input event)
    /// and returns the time until its results are shown.
    async fn type_and_wait(browser: &Browser, text: &str) -> f64 {
        let start = browser
            .script(&format!(
                "const input = document.querySelector('input[type=search]');
                 input.value = {}; const t = performance.now();
                 input.dispatchEvent(new InputEvent('input', {{bubbles: true}})); return t",
                serde_json::to_string(text).unwrap()
            ))
            .await
            .as_f64()
            .unwrap();
        results_of(browser, text, start).await.0
    }

    /// Opens the home at `url` searching for `text`; the time to its results (since the
    /// navigation began) and how many interviews were found.
    async fn open_with_search(browser: &Browser, url: &str, text: &str) -> (f64, u64) {
        let query = form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
        browser
            .client
            .goto(&format!("{url}?q={query}"))
            .await
            .unwrap();
        results_of(browser, text, 0.0).await
    }

    pub async fn run() {
        let ours = dir("SUHBAT_ARCHIVE_DIST");
        let pagefind = dir("PAGEFIND_SITE");
        let ours_url = serve(&ours, Duration::ZERO);
        let pagefind_url = serve(&pagefind, Duration::ZERO);

        // The home's first paint against the same list without scripts and data.
        let home = std::fs::read_to_string(ours.join("index.html")).unwrap();
        std::fs::write(ours.join(PLAIN_HOME), plain_page(&home)).unwrap();
        let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
        let (mut built, mut plain) = (Vec::new(), Vec::new());
        for _ in 0..PAINT_ROUNDS {
            for (url, times) in [
                (ours_url.clone(), &mut built),
                (format!("{ours_url}{PLAIN_HOME}"), &mut plain),
            ] {
                browser.client.goto("about:blank").await.unwrap();
                browser.client.goto(&url).await.unwrap();
                let fcp = browser
                    .script(
                        "for (let i = 0; i < 200; i++) {
                             const paint = performance.getEntriesByName('first-contentful-paint')[0];
                             if (paint) return paint.startTime;
                             await new Promise(r => setTimeout(r, 25));
                         }
                         return -1",
                    )
                    .await;
                times.push(fcp.as_f64().unwrap());
            }
        }
        browser.close().await;
        std::fs::remove_file(ours.join(PLAIN_HOME)).unwrap();
        let (built, plain) = (median(&mut built), median(&mut plain));
        println!(
            "home ({} KB): first contentful paint {built:.0} ms, plain list {plain:.0} ms, ratio {:.2} \
             (median of {PAINT_ROUNDS})",
            home.len() / 1000,
            built / plain
        );

        println!(
            "\nsearch, median of {ROUNDS}: ms to results; KB fetched gzipped in all / for the query alone"
        );
        println!(
            "{:<14} {:>22} {:>10} {:>22} {:>24}",
            "query", "suhbat cold", "keystroke", "suhbat next query", "Pagefind cold"
        );
        for (index, text) in QUERIES.iter().enumerate() {
            let (mut cold, mut warm, mut pf) = (Vec::new(), Vec::new(), Vec::new());
            let mut keystroke = Vec::new();
            let (mut cold_bytes, mut warm_bytes, mut pf_bytes) = ((0, 0), (0, 0), (0, 0));
            for _ in 0..ROUNDS {
                let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
                let (time, _) = open_with_search(&browser, &ours_url, text).await;
                cold.push(time);
                cold_bytes = bytes(&browser.network_requests().await, &ours, &ours_url);
                // A keystroke that lengthens the query (its shards are here already).
                keystroke.push(type_and_wait(&browser, &format!("{text}т")).await);
                browser.network_requests().await;
                // The next query, typed on the same page.
                let next = QUERIES[(index + 1) % QUERIES.len()];
                warm.push(type_and_wait(&browser, next).await);
                warm_bytes = bytes(&browser.network_requests().await, &ours, &ours_url);
                browser.close().await;

                let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
                browser
                    .client
                    .goto(&format!("{pagefind_url}{PAGEFIND_PAGE}"))
                    .await
                    .unwrap();
                browser.network_requests().await;
                let value = browser
                    .script(&format!(
                        "return await window.pagefindSearch({})",
                        serde_json::to_string(text).unwrap()
                    ))
                    .await;
                pf.push(value[0].as_f64().unwrap());
                pf_bytes = bytes(&browser.network_requests().await, &pagefind, &pagefind_url);
                browser.close().await;
            }
            let kb = |(all, query): (usize, usize)| format!("{} / {} KB", all / 1000, query / 1000);
            println!(
                "{text:<14} {:>6.0} ms {:>13} {:>7.0} ms {:>6.0} ms {:>13} {:>6.0} ms {:>15}",
                median(&mut cold),
                kb(cold_bytes),
                median(&mut keystroke),
                median(&mut warm),
                kb(warm_bytes),
                median(&mut pf),
                kb(pf_bytes)
            );
        }
        println!(
            "(a keystroke that lengthens the query searches at once; a next query that needs other \
             shards waits 60 ms for typing to pause, included)"
        );

        // Interviews found for names typed without Kazakh letters, against a native search.
        let archive = read_archive(
            &std::env::var("SUHBAT_ARCHIVE_SOURCE")
                .map(PathBuf::from)
                .unwrap(),
        )
        .unwrap();
        println!(
            "\ninterviews found (of {}), in their original languages",
            archive.len()
        );
        println!(
            "{:<12} {:>8} {:>8} {:>9}",
            "query", "native", "suhbat", "Pagefind"
        );
        for text in ["казакстан", "токаев", "Тоқаев"] {
            let request = SearchRequest {
                text: text.into(),
                ..SearchRequest::default()
            };
            let native = archive
                .iter()
                .filter(|a| {
                    let searcher = Searcher::new(Rc::new(a.interview.clone()));
                    searcher
                        .search(&request, &a.interview.original)
                        .result
                        .total
                        > 0
                })
                .count();
            let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
            let (_, found) = open_with_search(&browser, &ours_url, text).await;
            browser
                .client
                .goto(&format!("{pagefind_url}{PAGEFIND_PAGE}"))
                .await
                .unwrap();
            let value = browser
                .script(&format!(
                    "return await window.pagefindSearch({})",
                    serde_json::to_string(text).unwrap()
                ))
                .await;
            browser.close().await;
            println!("{text:<12} {native:>8} {found:>8} {:>9}", value[1]);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    bench::run().await;
}
