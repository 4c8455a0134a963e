//! Keystroke to updated page, in headless Chromium: the time from an input event in the search
//! box until the DOM is patched and laid out, over a reader typing words letter by letter; and
//! in the same run, mark.js (as Pagefind uses it) highlighting the same queries in a plain
//! static HTML page of the same interview. For the shipped interview and one 50 times its size,
//! at full speed and with the CPU slowed four times (a phone, as Lighthouse's mobile profile
//! has it), where a single common letter («а» alone marks hundreds of places) is the worst case.
//!
//! Run with `./scripts/bench`, which builds both sites and fetches mark.js; it sets
//! `SUHBAT_DIST`, `SUHBAT_DIST_LARGE` and `MARKJS`.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/plain_page.rs"]
mod plain_page;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::time::Duration;

    use serde_json::{Value, json};

    use super::harness::{self, Browser, JavaScript, PageLoad};
    use super::plain_page::plain_page;

    const WORDS: &[&str] = &[
        "токаев",
        "казакстан",
        "сенім",
        "бейбітшілік",
        "түркі",
        "халықаралық",
        "диалог",
        "мемлекет",
        "ынтымақтастық",
        "президент",
        "тұрақтылық",
        "форум",
    ];
    const PLAIN_PAGE: &str = "plain.html";

    /// Letters alone: the first keystroke of most words, and the most marks a query can make.
    const COMMON_LETTERS: &[&str] = &["а", "е", "т", "и", "с"];
    /// Each letter is typed this many times, for a p95 worth the name.
    const LETTER_ROUNDS: usize = 4;

    /// Every prefix of every word, as a reader types it, then an empty box; then the commonest
    /// letters alone.
    fn keystrokes() -> Vec<String> {
        let mut queries: Vec<String> = Vec::new();
        for _ in 0..LETTER_ROUNDS {
            for letter in COMMON_LETTERS {
                queries.push((*letter).to_owned());
                queries.push(String::new());
            }
        }
        for word in WORDS {
            let letters: Vec<char> = word.chars().collect();
            queries.extend((1..=letters.len()).map(|n| letters[..n].iter().collect::<String>()));
            queries.push(String::new());
        }
        queries
    }

    /// Yew patches the DOM in a microtask after the input event; a long render may finish in
    /// a later task, so the page says which search it shows (`main[data-searched]`) and the
    /// clock stops only once that is this keystroke's. Each time is `[patched, laid out]`.
    const TYPE_IN_APP: &str = "
        const [queries, view] = arguments;
        const input = document.getElementById('search');
        const main = document.querySelector('main');
        const highlight = document.querySelectorAll('.search input[type=checkbox]')[1];
        if (highlight.checked !== (view === 'highlight')) highlight.click();
        const nextTask = () => new Promise(done => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done();
            channel.port2.postMessage(0);
        });
        const times = [];
        for (const query of queries) {
            await new Promise(done => setTimeout(done, 0));
            const start = performance.now();
            input.value = query;
            input.dispatchEvent(new InputEvent('input', {bubbles: true}));
            await Promise.resolve();
            while (main.dataset.searched !== query) await nextTask();
            const patched = performance.now() - start;
            document.body.offsetHeight;
            times.push([patched, performance.now() - start]);
        }
        return times;";

    const TYPE_WITH_MARKJS: &str = "
        const [queries, source] = arguments;
        const script = document.createElement('script');
        script.textContent = source;
        document.head.append(script);
        const marker = new Mark(document.querySelector('main'));
        const options = {separateWordSearch: true, diacritics: true, accuracy: 'partially'};
        const times = [];
        for (const query of queries) {
            await new Promise(done => setTimeout(done, 0));
            const start = performance.now();
            marker.unmark();
            if (query) marker.mark(query, options);
            const patched = performance.now() - start;
            document.body.offsetHeight;
            times.push([patched, performance.now() - start]);
        }
        return times;";

    /// Median and p95 of the keystrokes' times to a laid-out page, and the median of the part
    /// spent laying out (which the browser does the same for any script).
    struct Stats {
        median: f64,
        p95: f64,
        layout_median: f64,
    }

    fn stats(times: &Value) -> Stats {
        let pairs: Vec<(f64, f64)> = times
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t[0].as_f64().unwrap(), t[1].as_f64().unwrap()))
            .collect();
        let quantile = |mut values: Vec<f64>, q: f64| {
            values.sort_by(f64::total_cmp);
            values[((values.len() - 1) as f64 * q).round() as usize]
        };
        let laid_out: Vec<f64> = pairs.iter().map(|(_, laid)| *laid).collect();
        let layout: Vec<f64> = pairs.iter().map(|(patched, laid)| laid - patched).collect();
        Stats {
            median: quantile(laid_out.clone(), 0.5),
            p95: quantile(laid_out, 0.95),
            layout_median: quantile(layout, 0.5),
        }
    }

    async fn run(browser: &Browser, name: &str, dist: PathBuf, markjs: &str) {
        for slowdown in [1, 4] {
            browser
                .devtools("Emulation.setCPUThrottlingRate", json!({"rate": slowdown}))
                .await;
            let label = format!("{name}, CPU slowed {slowdown}×");
            run_at(browser, &label, &dist, markjs).await;
        }
        browser
            .devtools("Emulation.setCPUThrottlingRate", json!({"rate": 1}))
            .await;
    }

    async fn run_at(browser: &Browser, name: &str, dist: &std::path::Path, markjs: &str) {
        let site = harness::serve(dist, Duration::ZERO);
        let built = std::fs::read_to_string(dist.join("index.html")).unwrap();
        std::fs::write(dist.join(PLAIN_PAGE), plain_page(&built)).unwrap();
        let queries = keystrokes();

        // The letters come first: their keystrokes are every other one of the first.
        let letters_of = |times: &Value| {
            Value::Array(
                times.as_array().unwrap()[..COMMON_LETTERS.len() * LETTER_ROUNDS * 2]
                    .iter()
                    .step_by(2)
                    .cloned()
                    .collect(),
            )
        };
        let mut rows = Vec::new();
        let mut letter_rows = Vec::new();
        for view in ["filter", "highlight"] {
            browser.client.goto(&site).await.unwrap();
            browser.wait_until_ready().await;
            let times = browser
                .client
                .execute(TYPE_IN_APP, vec![json!(queries), json!(view)])
                .await
                .unwrap();
            rows.push((format!("suhbat, {view} view"), stats(&times)));
            letter_rows.push((
                format!("  a letter alone, {view}"),
                stats(&letters_of(&times)),
            ));
        }
        browser
            .client
            .goto(&format!("{site}{PLAIN_PAGE}"))
            .await
            .unwrap();
        let times = browser
            .client
            .execute(TYPE_WITH_MARKJS, vec![json!(queries), json!(markjs)])
            .await
            .unwrap();
        let markjs_stats = stats(&times);
        let markjs_letters = stats(&letters_of(&times));
        let _ = std::fs::remove_file(dist.join(PLAIN_PAGE));

        println!(
            "\n{name}: {} keystrokes, keystroke → DOM patched and laid out (ms)",
            queries.len()
        );
        println!(
            "{:<26} {:>8} {:>8} {:>15} {:>16}",
            "", "median", "p95", "layout median", "mark.js/suhbat"
        );
        let compared = rows
            .iter()
            .map(|row| (row, &markjs_stats))
            .chain(letter_rows.iter().map(|row| (row, &markjs_letters)));
        for ((label, row), markjs) in compared {
            println!(
                "{label:<26} {:>8.2} {:>8.2} {:>15.2} {:>16.1}",
                row.median,
                row.p95,
                row.layout_median,
                markjs.median / row.median
            );
        }
        for (label, markjs) in [
            ("mark.js on plain HTML", &markjs_stats),
            ("  a letter alone", &markjs_letters),
        ] {
            println!(
                "{label:<26} {:>8.2} {:>8.2} {:>15.2}",
                markjs.median, markjs.p95, markjs.layout_median
            );
        }
    }

    pub async fn main() {
        let markjs_path =
            std::env::var("MARKJS").expect("MARKJS names mark.min.js: run ./scripts/bench");
        let markjs = std::fs::read_to_string(markjs_path).unwrap();
        let large =
            std::env::var("SUHBAT_DIST_LARGE").expect("SUHBAT_DIST_LARGE: run ./scripts/bench");
        let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
        run(
            &browser,
            "shipped interview (19 turns)",
            harness::dist_dir(),
            &markjs,
        )
        .await;
        run(
            &browser,
            "50× interview (1,000 turns)",
            PathBuf::from(large),
            &markjs,
        )
        .await;
        browser.close().await;
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    native::main().await;
}
