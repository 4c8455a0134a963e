//! The test archive (`tests/archive`, four interviews) built as a site: its home, its filters,
//! the search across it, and its pages, read in headless Chromium under a nested subpath.

use std::rc::Rc;
use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;
use suhbat::build::folders::read_archive;
use suhbat::build::serve::Served;
use suhbat::domain::archive::catalog::Catalog;
use suhbat::domain::search::fold::Letters;
use suhbat::domain::search::{SearchRequest, Searcher};

use crate::accessibility::serious_violations;

use crate::harness::{
    Browser, Engine, JavaScript, PageLoad, archive_dist_dir, archive_url, serve_recording,
};

const ENTRIES: &str =
    "return [...document.querySelectorAll('[data-interview]')].map(e => e.dataset.interview)";
const RESULTS: &str = "return [...document.querySelectorAll('[data-result]')]
    .map(e => [e.dataset.result, Number(e.dataset.count)])";
/// How long a search across the archive may take on a busy machine.
const SEARCH_TIME: Duration = Duration::from_secs(20);
const NEWEST_FIRST: [&str; 4] = [
    "turksoy-2025-12-13",
    "abai-oqulary-2024-08-10",
    "baikonur-2023-04-12",
    "dala-muzeii-2022-06-01",
];

async fn open_home(browser: &Browser, query: &str) {
    browser
        .client
        .goto(&format!("{}{query}", archive_url()))
        .await
        .unwrap();
    browser.wait_until_ready().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn the_home_lists_every_interview_newest_first_with_and_without_javascript() {
    for javascript in [JavaScript::On, JavaScript::Off] {
        let browser = Browser::open(javascript, PageLoad::Normal).await;
        browser.client.goto(archive_url()).await.unwrap();
        assert_eq!(browser.script(ENTRIES).await, json!(NEWEST_FIRST));
        let links = browser
            .script("return [...document.querySelectorAll('[data-interview] h2 a')].map(a => a.getAttribute('href'))")
            .await;
        let expected: Vec<String> = NEWEST_FIRST.iter().map(|slug| format!("{slug}/")).collect();
        assert_eq!(links, json!(expected));
        let filters_shown = browser
            .script("return document.querySelector('.archive__filters').getBoundingClientRect().height > 0")
            .await;
        if javascript == JavaScript::On {
            browser.wait_until_ready().await;
            assert_eq!(browser.console_problems().await, Vec::<String>::new());
            assert_eq!(filters_shown, json!(true));
        } else {
            assert_eq!(
                filters_shown,
                json!(false),
                "dead without JavaScript, not shown"
            );
        }
        browser.close().await;
    }
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn filters_narrow_the_list_live_in_the_address_and_survive_a_reload() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    open_home(&browser, "").await;
    browser
        .script(
            "const year = [...document.querySelectorAll('select')].find(s => [...s.options].some(o => o.value === '2023'));
             year.value = '2023'; year.dispatchEvent(new Event('change', {bubbles: true}));",
        )
        .await;
    let only = json!(["baikonur-2023-04-12"]);
    assert_eq!(browser.eventually(ENTRIES, only.clone()).await, only);
    let address = browser
        .eventually("return location.search", json!("?year=2023"))
        .await;
    assert_eq!(address, json!("?year=2023"));
    browser.client.refresh().await.unwrap();
    browser.wait_until_ready().await;
    assert_eq!(browser.eventually(ENTRIES, only.clone()).await, only);

    // Reading in English: the interviews that have English, titled in English, opening in it.
    open_home(&browser, "?lang=en").await;
    let english = json!([
        "turksoy-2025-12-13",
        "baikonur-2023-04-12",
        "dala-muzeii-2022-06-01"
    ]);
    assert_eq!(browser.eventually(ENTRIES, english.clone()).await, english);
    let first = browser
        .script("const a = document.querySelector('[data-interview] h2 a'); return [a.textContent, a.getAttribute('href')]")
        .await;
    assert_eq!(first[1], json!("turksoy-2025-12-13/?lang=en"));
    assert!(
        first[0].as_str().unwrap().starts_with("Sultan Raev"),
        "{first}"
    );
    browser.close().await;
}

/// Per original interview, the matches of `text` its page counts, where one starts a word (the
/// archive's rule), found by searching every interview natively.
fn brute_force(text: &str) -> Vec<(String, usize)> {
    brute_force_with(text, Letters::Folded)
}

/// `brute_force`, with `letters`.
fn brute_force_with(text: &str, letters: Letters) -> Vec<(String, usize)> {
    let archive = read_archive(std::path::Path::new("tests/archive")).unwrap();
    let catalog = Catalog::new(archive.iter().map(|a| (a.slug.as_str(), &a.interview)));
    let request = SearchRequest {
        text: text.into(),
        letters,
        ..SearchRequest::default()
    };
    catalog
        .entries
        .iter()
        .filter_map(|entry| {
            let interview = &archive.iter().find(|a| a.slug == entry.slug)?.interview;
            let searcher = Searcher::new(Rc::new(interview.clone().with_kazakh_latin()));
            let count = searcher.search(&request, &entry.original).result.total;
            (count > 0).then(|| (entry.slug.clone(), count))
        })
        .collect()
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn archive_counts_equal_a_native_search_and_each_result_opens_its_page_on_the_first_match() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    open_home(&browser, "").await;
    for text in [
        "токаев",
        "Тоқаев",
        "toqaev",
        "байконур",
        "ұлытау",
        "\"Абай оқулары\"",
    ] {
        let input = browser
            .client
            .find(Locator::Css("input[type=search]"))
            .await
            .unwrap();
        // As a reader empties the box (WebDriver's clear sends no input event).
        browser
            .script(
                "const input = document.querySelector('input[type=search]'); input.value = '';
                 input.dispatchEvent(new InputEvent('input', {bubbles: true}))",
            )
            .await;
        input.send_keys(text).await.unwrap();
        let mut expected: Vec<(String, usize)> = brute_force(text);
        expected.sort();
        let found = browser
            .eventually_within(
                SEARCH_TIME,
                &format!("{RESULTS}.sort()"),
                serde_json::to_value(&expected).unwrap(),
            )
            .await;
        let page = browser
            .script(
                "return [document.querySelector('input[type=search]').value, location.search,
                document.querySelector('[role=status]').textContent]",
            )
            .await;
        assert_eq!(
            found,
            serde_json::to_value(&expected).unwrap(),
            "{text}: {page}"
        );
        let status = browser
            .script("return document.querySelector('[role=status]').textContent")
            .await;
        let total: usize = expected.iter().map(|(_, count)| count).sum();
        assert!(
            status.as_str().unwrap().contains(&total.to_string()),
            "{text}: {status}"
        );
    }

    // The first result of the last search opens its page with the search active on it.
    let (href, count) = {
        let first = browser
            .script("const r = document.querySelector('[data-result]'); return [r.querySelector('a').href, Number(r.dataset.count)]")
            .await;
        (
            first[0].as_str().unwrap().to_owned(),
            first[1].as_u64().unwrap(),
        )
    };
    browser.client.goto(&href).await.unwrap();
    browser.wait_until_ready().await;
    let marks = browser
        .eventually(
            "return document.querySelectorAll('main mark').length",
            json!(count),
        )
        .await;
    assert_eq!(marks, json!(count), "the page counts what the result said");
    let current = browser
        .eventually(
            "return document.querySelector('main mark[aria-current]') !== null",
            json!(true),
        )
        .await;
    assert_eq!(current, json!(true));
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn an_interview_page_reads_in_its_folder_and_searches_the_archive_from_its_search() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .client
        .goto(&format!("{}baikonur-2023-04-12/", archive_url()))
        .await
        .unwrap();
    browser.wait_until_ready().await;
    let turns = browser
        .script("return document.querySelectorAll('main [data-turn]').length")
        .await;
    assert_eq!(turns, json!(8));
    assert_eq!(
        browser.script("return document.documentElement.lang").await,
        json!("ru")
    );
    browser.type_query("Байконур").await;
    let home = browser
        .eventually(
            "return document.querySelector('.interview__home a').getAttribute('href')",
            json!("../?q=%D0%91%D0%B0%D0%B9%D0%BA%D0%BE%D0%BD%D1%83%D1%80"),
        )
        .await;
    assert_eq!(
        home,
        json!("../?q=%D0%91%D0%B0%D0%B9%D0%BA%D0%BE%D0%BD%D1%83%D1%80")
    );
    browser.script("window.scrollTo(0, 0)").await;
    browser
        .client
        .find(Locator::Css(".interview__home a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_until_ready().await;
    let found = browser
        .eventually_within(
            SEARCH_TIME,
            "return [...document.querySelectorAll('[data-result]')].map(r => r.dataset.result)",
            json!(["baikonur-2023-04-12"]),
        )
        .await;
    assert_eq!(found, json!(["baikonur-2023-04-12"]));
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive, chromedriver and axe-core: run ./scripts/test"]
async fn axe_finds_nothing_serious_on_the_home_with_or_without_a_search_nor_on_a_page() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    for address in [
        "",
        "?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&lang=kk",
        "turksoy-2025-12-13/",
    ] {
        browser
            .client
            .goto(&format!("{}{address}", archive_url()))
            .await
            .unwrap();
        browser.wait_until_ready().await;
        if address.contains("q=") {
            browser
                .eventually_within(
                    SEARCH_TIME,
                    "return document.querySelectorAll('[data-result]').length > 0",
                    json!(true),
                )
                .await;
        }
        assert_eq!(
            serious_violations(&browser).await,
            Vec::<String>::new(),
            "{address}"
        );
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn the_archive_as_one_file_from_disk_lists_searches_and_opens_its_interviews() {
    let alone =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e/archive-file");
    let _ = std::fs::remove_dir_all(&alone);
    std::fs::create_dir_all(&alone).unwrap();
    let copy = alone.join("suhbat.html");
    std::fs::copy(archive_dist_dir().join("suhbat.html"), &copy)
        .expect("the build makes suhbat.html for a small archive");
    let file = format!("file://{}", copy.display());

    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.client.goto(&file).await.unwrap();
    browser.wait_until_ready().await;
    assert_eq!(browser.script(ENTRIES).await, json!(NEWEST_FIRST));
    // `/` takes the reader to the search box, as on an interview's page.
    let body = browser.client.find(Locator::Css("body")).await.unwrap();
    body.send_keys("/").await.unwrap();
    let active = browser
        .eventually("return document.activeElement.type", json!("search"))
        .await;
    assert_eq!(active, json!("search"));
    let input = browser
        .client
        .find(Locator::Css("input[type=search]"))
        .await
        .unwrap();
    input.send_keys("токаев").await.unwrap();
    let mut expected = brute_force("токаев");
    expected.sort();
    let expected = serde_json::to_value(&expected).unwrap();
    assert_eq!(
        browser
            .eventually_within(SEARCH_TIME, &format!("{RESULTS}.sort()"), expected.clone())
            .await,
        expected
    );
    let count = browser
        .script("const r = document.querySelector('[data-result]'); r.querySelector('a').click(); return Number(r.dataset.count)")
        .await;
    browser.wait_until_ready().await;
    let marks = browser
        .eventually(
            "return document.querySelectorAll('main mark').length",
            count.clone(),
        )
        .await;
    assert_eq!(
        marks, count,
        "the interview opened from the one file counts what its result said"
    );
    assert!(
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("interview="),
        "the interview is named in the address"
    );
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn the_language_control_counts_the_interviews_each_choice_finds() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    open_home(&browser, "?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2").await;
    let options = "const select = [...document.querySelectorAll('select')]
            .find(s => [...s.options].some(o => o.value === 'ru'));
        return [...select.options].map(o => [o.value, o.textContent])";
    // «токаев»: in the originals of three, in the Kazakh of two, the Russian of two (the
    // Russian original and a translation), and in no English text (which spells it Tokayev).
    let expected = json!([
        ["", "Түпнұсқа тілінде (3)"],
        ["kk", "Қазақша (2)"],
        ["ru", "Русский (2)"],
        ["en", "English (0)"]
    ]);
    assert_eq!(
        browser
            .eventually_within(SEARCH_TIME, options, expected.clone())
            .await,
        expected
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn a_search_fetches_only_the_shards_its_words_start_in_and_the_interviews_it_finds() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    let server = serve_recording(&archive_dist_dir());
    let url = server.url();
    browser.client.goto(&url).await.unwrap();
    browser.wait_until_ready().await;
    let before = server.served().len();
    browser.type_query("байконур").await;
    let found = browser
        .eventually_within(
            SEARCH_TIME,
            "return [...document.querySelectorAll('[data-result]')].map(r => r.dataset.result)",
            json!(["baikonur-2023-04-12"]),
        )
        .await;
    assert_eq!(found, json!(["baikonur-2023-04-12"]));
    let mount = url.trim_start_matches("http://").split_once('/').unwrap().1;
    let fetched: Vec<String> = server.served()[before..]
        .iter()
        .map(|served| {
            let path = served.path.trim_start_matches('/');
            path.strip_prefix(mount).unwrap_or(path).to_owned()
        })
        .collect();
    let shards: Vec<&String> = fetched
        .iter()
        .filter(|u| u.starts_with("_index/"))
        .collect();
    let all_shards = std::fs::read_dir(archive_dist_dir().join("_index"))
        .unwrap()
        .count();
    assert_eq!(
        shards.len(),
        1,
        "one shard holds the words starting «ба»: {fetched:?}"
    );
    assert!(
        all_shards > 1,
        "the test archive's index has {all_shards} shards"
    );
    let interviews: Vec<&String> = fetched
        .iter()
        .filter(|u| u.ends_with(".json") && !u.starts_with("_index/"))
        .collect();
    assert_eq!(interviews, ["baikonur-2023-04-12/ru.json"], "{fetched:?}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn exact_letters_narrow_the_archive_search_and_travel_to_the_page() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    // «Тоқаев» exactly: not the Russian «Токаев».
    open_home(&browser, "?q=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2&exact=1").await;
    let mut expected = brute_force_with("Тоқаев", Letters::Exact);
    expected.sort();
    assert!(
        expected
            .iter()
            .all(|(slug, _)| slug != "baikonur-2023-04-12")
    );
    let expected = serde_json::to_value(&expected).unwrap();
    let found = browser
        .eventually_within(SEARCH_TIME, &format!("{RESULTS}.sort()"), expected.clone())
        .await;
    assert_eq!(found, expected);
    let checked = browser
        .script("return document.querySelector('.archive__exact input').checked")
        .await;
    assert_eq!(checked, json!(true));
    let href = browser
        .script("return document.querySelector('[data-result] a').getAttribute('href')")
        .await;
    assert!(href.as_str().unwrap().ends_with("&exact=1"), "{href}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the built archive and chromedriver: run ./scripts/test"]
async fn an_interview_opened_from_the_home_finds_the_viewer_already_fetched() {
    // The home prefetches the viewer's app (where the engine does: Chromium); the page then
    // loads it from the cache. Elsewhere the page fetches it: once, in every engine.
    let viewer_wasm = |served: &[Served]| {
        served
            .iter()
            .filter(|s| s.path.contains("/viewer-") && s.path.ends_with(".wasm"))
            .count()
    };
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    let server = serve_recording(&archive_dist_dir());
    browser.client.goto(&server.url()).await.unwrap();
    browser.wait_until_ready().await;
    if browser.engine == Engine::Chromium {
        let deadline = std::time::Instant::now() + SEARCH_TIME;
        while viewer_wasm(&server.served()) == 0 && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(viewer_wasm(&server.served()), 1, "prefetched from the home");
    }
    browser
        .client
        .find(Locator::Css("[data-interview] a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for("main[data-searched]", SEARCH_TIME).await;
    browser.wait_until_ready().await;
    let served = server.served();
    assert_eq!(viewer_wasm(&served), 1, "{served:?}");
    browser.close().await;
}
