//! The page wherever it is put: under a strict Content-Security-Policy on a static host,
//! fetching nothing from elsewhere, and as one self-contained file opened from disk.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::harness::{
    Browser, JavaScript, MATCH_MAP_TICKS, PageLoad, dist_dir, serve, serve_recording,
};

const POLICY: &str = "const m = document.querySelector('meta[http-equiv=Content-Security-Policy]');
    return m && m.content";

fn assert_strict(policy: &Value) {
    let policy = policy
        .as_str()
        .expect("the page has a Content-Security-Policy");
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
    assert!(
        !policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"),
        "{policy}"
    );
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_page_works_under_its_strict_policy_and_fetches_only_its_own_files() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("?view=highlight&lang=en").await;
    assert_strict(&browser.script(POLICY).await);
    browser.type_query("tokayev").await;
    let ticks = browser.script(MATCH_MAP_TICKS).await;
    assert!(
        ticks.as_u64().unwrap() > 0,
        "the match map is drawn: {ticks}"
    );
    let foreign = browser
        .script(
            "return performance.getEntriesByType('resource').map(e => e.name)
                .filter(url => !url.startsWith(location.origin + location.pathname.replace(/[^/]*$/, '')))",
        )
        .await;
    assert_eq!(foreign, json!([]), "no request leaves the page's folder");
    let integrity = browser
        .script("return [...document.querySelectorAll('link[rel=stylesheet], link[rel=modulepreload]')].every(l => l.integrity.startsWith('sha384-'))")
        .await;
    assert_eq!(integrity, true, "Trunk's subresource integrity is kept");
    assert_eq!(
        browser.console_problems().await,
        Vec::<String>::new(),
        "no policy violation, no error"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_single_file_opened_from_disk_searches_and_switches_language() {
    let single = dist_dir().join("suhbat.html");
    let alone = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e/single-file");
    let _ = std::fs::remove_dir_all(&alone);
    std::fs::create_dir_all(&alone).unwrap();
    let copy = alone.join("suhbat.html");
    std::fs::copy(&single, &copy).expect("the build makes dist/suhbat.html");

    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .client
        .goto(&format!("file://{}", copy.display()))
        .await
        .unwrap();
    browser.wait_until_ready().await;
    assert_strict(&browser.script(POLICY).await);
    browser.type_query("токаев").await;
    let marks = browser
        .eventually(
            "return document.querySelectorAll('main mark').length",
            json!(17),
        )
        .await;
    assert_eq!(
        marks,
        json!(17),
        "on a busy machine the last keystroke may still be rendering"
    );
    browser
        .script(
            "const s = document.querySelector('.language__select'); s.value = 'ru';
             s.dispatchEvent(new Event('change', {bubbles: true})); return 0",
        )
        .await;
    let lang = browser
        .eventually("return document.documentElement.lang", json!("ru"))
        .await;
    assert_eq!(lang, "ru");
    assert!(
        !browser.marks().await.is_empty(),
        "the search follows into Russian"
    );
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn when_the_wasm_cannot_load_the_page_says_so_and_hides_what_cannot_work() {
    // The site as a host that lost (or mangles) its WASM would serve it.
    let broken = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e/no-wasm");
    let _ = std::fs::remove_dir_all(&broken);
    std::fs::create_dir_all(&broken).unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap().flatten() {
        let name = entry.file_name();
        if entry.path().is_file() && !name.to_string_lossy().contains(".wasm") {
            std::fs::copy(entry.path(), broken.join(&name)).unwrap();
        }
    }
    let url = serve(&broken, std::time::Duration::ZERO);
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .client
        .goto(&format!("{url}?lang=en"))
        .await
        .unwrap();
    let state = browser
        .eventually(
            "const note = document.querySelector('.app-failed-note:not([hidden])');
             return [document.documentElement.hasAttribute('data-failed'),
                     !!note && note.getBoundingClientRect().height > 0,
                     document.querySelector('.masthead').getBoundingClientRect().height > 0]",
            json!([true, true, false]),
        )
        .await;
    assert_eq!(
        state,
        json!([true, true, false]),
        "note shown, dead controls hidden"
    );
    let note = browser
        .script("return document.querySelector('.app-failed-note:not([hidden])').textContent")
        .await;
    assert_eq!(
        note,
        json!(
            "The page's program did not load: search and languages do not work, but all the \
             text is here."
        ),
        "in the language the reader asked for"
    );
    let turns = browser
        .script("return document.querySelectorAll('main [data-turn]').length")
        .await;
    assert_eq!(turns, json!(19), "the interview is still all there");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_browser_gets_the_precompressed_files_and_the_wasm_once() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    let server = serve_recording(&dist_dir());
    browser.client.goto(&server.url()).await.unwrap();
    browser.wait_until_ready().await;
    let served = server.served();
    let wasm: Vec<_> = served
        .iter()
        .filter(|s| s.path.ends_with(".wasm"))
        .collect();
    assert_eq!(wasm.len(), 1, "the WASM is fetched once: {served:?}");
    assert!(
        matches!(wasm[0].encoding, Some("br" | "gzip")),
        "the WASM came compressed: {served:?}"
    );
    let page = served.iter().find(|s| s.path.ends_with('/')).unwrap();
    assert!(
        page.encoding.is_some(),
        "the page came compressed: {served:?}"
    );
    browser.close().await;
}
