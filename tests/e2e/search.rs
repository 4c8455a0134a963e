//! Searching the page as a reader does: typing, filtering, counting, stepping, keys, address.

use std::rc::Rc;

use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};
use suhbat::domain::model::Interview;
use suhbat::domain::search::{SearchRequest, Searcher};

use crate::harness::{Browser, JavaScript, MATCH_MAP_TICKS, PageLoad};

const SHOWN_TURNS: &str = "return [...document.querySelectorAll('[data-turn]')].filter(e => !e.hidden).map(e => e.dataset.turn)";
const LOCATION_SEARCH: &str = "return location.search";
const STATUS: &str = "return document.querySelector('[role=status]').textContent";
const CURRENT: &str = "const marks = [...document.querySelectorAll('main mark')];
    const current = marks.filter(m => m.getAttribute('aria-current') === 'true');
    return current.length === 1 ? marks.indexOf(current[0]) : -current.length";

async fn press(browser: &Browser, keys: &str) {
    let input = browser.client.find(Locator::Id("search")).await.unwrap();
    input.send_keys(keys).await.unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn typing_tokaev_marks_every_tokaev_and_shows_only_their_turns() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let paragraphs_before = browser
        .script("return [...document.querySelectorAll('main p')].map(p => p.textContent)")
        .await;
    browser.type_query("токаев").await;

    let marks = browser.marks().await;
    assert_eq!(marks.len(), 17);
    assert!(
        marks.iter().all(|m| m.to_lowercase() == "тоқаев"),
        "{marks:?}"
    );
    let lead_marks = browser
        .script("return document.querySelectorAll('#lead mark').length")
        .await;
    assert_eq!(lead_marks, 2);
    let turns_with_marks = browser
        .script("return [...document.querySelectorAll('[data-turn]')].filter(t => t.querySelector('mark')).length")
        .await;
    assert_eq!(turns_with_marks, 13);
    // Every shown turn has a mark or is the question or answer of one that has.
    let shown: Vec<String> = serde_json::from_value(browser.script(SHOWN_TURNS).await).unwrap();
    assert!(shown.len() >= 13 && shown.len() < 19, "{shown:?}");
    let status = browser.script(STATUS).await;
    assert_eq!(status, "1 / 17 сәйкестік · 14 бөлімде");
    assert_eq!(browser.script(CURRENT).await, 0);
    // The text of every paragraph is untouched by the marks.
    let paragraphs_after = browser
        .script("return [...document.querySelectorAll('main p')].map(p => p.textContent)")
        .await;
    assert_eq!(paragraphs_after, paragraphs_before);
    let expected = json!("?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2");
    assert_eq!(
        browser.eventually(LOCATION_SEARCH, expected.clone()).await,
        expected
    );
    browser.save_screenshot("search-tokaev").await;
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn enter_and_the_arrow_buttons_step_through_matches_and_wrap() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    browser.type_query("казакстан").await;
    let total = browser
        .script("return document.querySelectorAll('main mark').length")
        .await;
    let total = total.as_u64().unwrap();
    assert!(total > 10);
    press(&browser, &Key::Enter.to_string()).await;
    assert_eq!(browser.script(CURRENT).await, 1);
    press(&browser, &format!("{}{}", Key::Shift, Key::Enter)).await;
    assert_eq!(browser.script(CURRENT).await, 0);
    let previous = browser
        .client
        .find(Locator::Css("button[aria-label='Алдыңғы сәйкестік']"))
        .await
        .unwrap();
    previous.click().await.unwrap();
    assert_eq!(
        browser.script(CURRENT).await,
        json!(total - 1),
        "wraps to the last"
    );
    let in_view = browser
        .script(
            // The page scrolls in the animation frame after the step: look after that frame.
            "return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
                 const r = document.querySelector('mark[aria-current]').getBoundingClientRect();
                 done(r.top >= 0 && r.bottom <= window.innerHeight);
             })))",
        )
        .await;
    assert_eq!(in_view, true);
    let next = browser
        .client
        .find(Locator::Css("button[aria-label='Келесі сәйкестік']"))
        .await
        .unwrap();
    next.click().await.unwrap();
    assert_eq!(browser.script(CURRENT).await, 0, "wraps to the first");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn slash_focuses_the_search_and_escape_clears_it() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let body = browser.client.find(Locator::Css("body")).await.unwrap();
    body.send_keys("/").await.unwrap();
    assert_eq!(
        browser.script("return document.activeElement.id").await,
        "search"
    );
    assert_eq!(
        browser
            .script("return document.getElementById('search').value")
            .await,
        ""
    );
    press(&browser, "сенім").await;
    assert!(browser.marks().await.len() > 3);
    press(&browser, &Key::Escape.to_string()).await;
    assert_eq!(
        browser
            .script("return document.getElementById('search').value")
            .await,
        ""
    );
    assert_eq!(browser.marks().await, Vec::<String>::new());
    assert_eq!(
        browser.script(SHOWN_TURNS).await.as_array().unwrap().len(),
        19
    );
    assert_eq!(browser.eventually(LOCATION_SEARCH, json!("")).await, "");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_shared_address_restores_the_search_and_highlight_view() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .open_site("?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&view=highlight")
        .await;
    assert_eq!(
        browser
            .script("return document.getElementById('search').value")
            .await,
        "токаев"
    );
    assert_eq!(browser.marks().await.len(), 17);
    assert_eq!(
        browser.script(SHOWN_TURNS).await.as_array().unwrap().len(),
        19,
        "highlight view keeps every turn"
    );
    let ticks = browser.script(MATCH_MAP_TICKS).await;
    assert!(ticks.as_u64().unwrap() >= 10, "{ticks}");
    let highlight = browser
        .script("return document.querySelectorAll('.search input[type=checkbox]')[1].checked")
        .await;
    assert_eq!(highlight, true);
    // A click on a tick jumps to its match.
    browser
        .script(
            "const map = document.querySelector('.match-map__ticks');
             const bounds = map.getBoundingClientRect();
             const tops = [...map.querySelector('path').getAttribute('d').matchAll(/M0 ([0-9.]+)/g)]
                 .map(found => Number(found[1]));
             const y = bounds.top + bounds.height * (tops[5] + 2.5) / 1000;
             map.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: bounds.left + 2, clientY: y}));
             return 0",
        )
        .await;
    let current: Value = browser.script(CURRENT).await;
    assert!(current.as_i64().unwrap() >= 5, "{current}");
    browser.save_screenshot("search-highlight-view").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn exact_letters_and_scope_narrow_the_search_with_a_hint_when_nothing_matches() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .open_site("?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&exact=1")
        .await;
    assert_eq!(browser.marks().await, Vec::<String>::new());
    let status = browser.script(STATUS).await;
    assert!(
        status
            .as_str()
            .unwrap()
            .starts_with("Сәйкестік жоқ. «Дәл әріптер»"),
        "{status}"
    );
    browser
        .script("document.querySelector('.search input[type=checkbox]').click(); return 0")
        .await;
    assert_eq!(browser.marks().await.len(), 17);
    browser
        .script(
            "const s = document.querySelector('.search__scope'); s.value = 'questions';
                 s.dispatchEvent(new Event('change', {bubbles: true})); return 0",
        )
        .await;
    let in_questions = browser
        .script("return [...document.querySelectorAll('main mark')].every(m => m.closest('[data-speaker=interviewer]'))")
        .await;
    assert_eq!(in_questions, true);
    let expected = json!("?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&scope=questions");
    assert_eq!(
        browser.eventually(LOCATION_SEARCH, expected.clone()).await,
        expected
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_hostile_query_is_only_text() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    browser
        .type_query("<img src=x onerror=alert(1)> \"<script>\" .* \u{202e}")
        .await;
    assert_eq!(
        browser
            .script("return document.querySelectorAll('main img, main script').length")
            .await,
        0
    );
    assert_eq!(browser.marks().await, Vec::<String>::new());
    assert_eq!(browser.script(SHOWN_TURNS).await, json!([]));
    let status = browser.script(STATUS).await;
    assert!(
        status.as_str().unwrap().starts_with("Сәйкестік жоқ"),
        "{status}"
    );
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

/// How many places a native search of the shipped interview finds for `text` in Kazakh.
fn native_count(text: &str) -> usize {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/interviews/turksoy-2025-12-13/interview.json"
    );
    let interview = Interview::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let searcher = Searcher::new(Rc::new(interview.with_kazakh_latin()));
    let request = SearchRequest {
        text: text.into(),
        ..SearchRequest::default()
    };
    searcher.search(&request, "kk").result.total
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_common_letter_marks_every_place_once_the_page_has_caught_up() {
    // A letter alone changes hundreds of marks: the turns around the current match get theirs
    // at once, the others a moment later; in the end every place is marked, and a longer word
    // replaces them all.
    const MARKS: &str = "return document.querySelectorAll('main mark').length";
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    browser.type_query("а").await;
    let every_a = native_count("а");
    assert!(every_a > 300, "a common letter: {every_a}");
    assert_eq!(
        browser.eventually(MARKS, json!(every_a)).await,
        json!(every_a)
    );
    press(&browser, "н").await;
    let every_an = native_count("ан");
    assert_eq!(
        browser.eventually(MARKS, json!(every_an)).await,
        json!(every_an)
    );
    let marks = browser.marks().await;
    // Folded: «ән», «аң» and «Әң» are «ан» too.
    assert!(marks.iter().all(|m| m.chars().count() == 2), "{marks:?}");
    assert_eq!(browser.script(CURRENT).await, json!(0));
    browser.close().await;
}
