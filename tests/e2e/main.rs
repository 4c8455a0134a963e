//! What a reader sees: the release build served on 127.0.0.1 and read in headless Chromium.
//!
//! These need the built `dist/` and ChromeDriver, so they are ignored by a plain `cargo test`;
//! `./scripts/test` builds the site and runs them with `--include-ignored`.

#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod anywhere;
mod archive;
mod files;
mod harness;
mod languages;
mod search;

use fantoccini::Locator;
use harness::{Browser, JavaScript, PageLoad, Wasm};

const A7_IN_VIEW: &str = "const r = document.getElementById('a7').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight / 2 && window.scrollY > 0";

const VISIBLE_TURNS: &str = "return [...document.querySelectorAll('main [data-turn]')]
    .filter(e => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden')
    .length";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_page_shows_the_title_and_all_nineteen_turns_without_console_errors() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;

    let title = browser.client.title().await.unwrap();
    assert!(title.starts_with("Сұлтан Раев"), "{title}");
    let heading = browser
        .script("return document.querySelector('main h1').textContent")
        .await;
    assert_eq!(heading, title.as_str());
    assert_eq!(browser.script(VISIBLE_TURNS).await, 19);
    let speakers = browser
        .script("return [...document.querySelectorAll('[data-turn]')].map(e => e.dataset.speaker)")
        .await;
    let speakers: Vec<String> = serde_json::from_value(speakers).unwrap();
    assert_eq!(speakers.iter().filter(|s| *s == "interviewer").count(), 10);
    assert_eq!(speakers.iter().filter(|s| *s == "interviewee").count(), 9);
    assert_eq!(
        browser.script("return document.documentElement.lang").await,
        "kk"
    );
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.save_screenshot("viewer").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_whole_text_is_in_inner_text_for_tools_that_read_the_page() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    // What reading tools, translators and assistants take (`innerText`) holds every turn of a
    // short interview, on screen or not: as many «Тоқаев» as the document has.
    let counts = browser
        .script(
            "const main = document.querySelector('main');
             const count = text => (text.match(/Тоқаев/g) || []).length;
             return [count(main.innerText), count(main.textContent)]",
        )
        .await;
    assert_eq!(counts[0], counts[1], "{counts}");
    assert!(counts[0].as_u64().unwrap() >= 17, "{counts}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_deep_link_brings_that_turn_into_view() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("#a7").await;
    assert_eq!(browser.script(A7_IN_VIEW).await, true);
    browser.save_screenshot("deep-link-a7").await;
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn with_javascript_off_every_turn_is_readable_and_deep_links_work() {
    let browser = Browser::open(JavaScript::Off, PageLoad::Normal).await;
    browser.go_to_site(Wasm::Prompt, "#a7").await;
    assert_eq!(browser.script(VISIBLE_TURNS).await, 19);
    let note = browser
        .script("const n = document.querySelector('.noscript-note'); return n && n.getBoundingClientRect().height > 0")
        .await;
    assert_eq!(note, true, "the note about JavaScript is shown");
    let search_shown = browser
        .script("return document.querySelector('.masthead').getBoundingClientRect().height > 0")
        .await;
    assert_eq!(
        search_shown, false,
        "the search bar, dead without JavaScript, is not shown"
    );
    assert_eq!(browser.script(A7_IN_VIEW).await, true);
    let ready = browser
        .script("return document.documentElement.hasAttribute('data-ready')")
        .await;
    assert_eq!(ready, false, "no script ran");
    browser.save_screenshot("no-javascript").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn what_a_reader_types_or_chooses_before_the_app_is_ready_is_kept() {
    let browser = Browser::open(JavaScript::On, PageLoad::Immediate).await;
    browser.go_to_site(Wasm::Slow, "").await;
    // While the WASM is held back, type into the pre-rendered box and choose Russian.
    browser
        .wait_for(".language__select", std::time::Duration::from_secs(10))
        .await;
    let early = browser
        .script(
            "const select = document.querySelector('.language__select');
             select.value = 'ru';
             select.dispatchEvent(new Event('change', {bubbles: true}));
             return !document.documentElement.hasAttribute('data-ready')",
        )
        .await;
    assert_eq!(early, true, "the choice was made before the app ran");
    let input = browser.client.find(Locator::Id("search")).await.unwrap();
    input.send_keys("токаев").await.unwrap();
    let typed_early = browser
        .script("return !document.documentElement.hasAttribute('data-ready')")
        .await;
    assert_eq!(typed_early, true, "typed before the app ran");
    browser.wait_until_ready().await;
    let kept = browser
        .eventually(
            "return [document.querySelector('#search').value, document.documentElement.lang,
                     document.querySelectorAll('main mark').length > 0]",
            serde_json::json!(["токаев", "ru", true]),
        )
        .await;
    assert_eq!(kept, serde_json::json!(["токаев", "ru", true]));
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn hydration_adopts_the_prerendered_turns_instead_of_recreating_them() {
    let browser = Browser::open(JavaScript::On, PageLoad::Immediate).await;
    browser.go_to_site(Wasm::Slow, "").await;
    browser
        .wait_for("[data-turn]", std::time::Duration::from_secs(10))
        .await;
    // Tag every turn as soon as the HTML has them, while the WASM is still held back.
    let tagged_before_hydration = browser
        .script(
            "const deadline = Date.now() + 10000;
             while (document.querySelectorAll('[data-turn]').length < 19 && Date.now() < deadline) {
                 await new Promise(r => setTimeout(r, 10));
             }
             document.querySelectorAll('[data-turn]').forEach(e => e.suhbatTag = e.id);
             return !document.documentElement.hasAttribute('data-ready')",
        )
        .await;
    assert_eq!(
        tagged_before_hydration, true,
        "the turns were tagged before the app ran"
    );
    browser.wait_until_ready().await;
    let kept = browser
        .script(
            "const turns = [...document.querySelectorAll('[data-turn]')];
             return [turns.length, turns.filter(e => e.suhbatTag === e.id).length]",
        )
        .await;
    assert_eq!(
        kept,
        serde_json::json!([19, 19]),
        "same 19 nodes, none added"
    );
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[test]
#[ignore = "needs dist/: run ./scripts/test"]
fn the_built_page_holds_exactly_what_the_app_renders() {
    let page = std::fs::read_to_string(harness::dist_dir().join("index.html")).unwrap();
    let interview = std::rc::Rc::new(suhbat::builtin::builtin_interview());
    let app = suhbat::build::prerender::render_viewer(interview, None);
    let inside_root = format!("{}{app}</div>", suhbat::build::prerender::ROOT_ELEMENT);
    assert!(
        without_component_names(&page).contains(&without_component_names(&inside_root)),
        "dist/index.html is not what the app renders now: rebuild with ./scripts/dist"
    );
}

/// Yew's hydration markers (`<!--<[Name]>-->`) name components only in debug builds; the page is
/// built in release, this test in debug.
fn without_component_names(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--<").map(|i| i + "<!--<".len()) {
        let name_start = start + rest[start..].find('[').map_or(0, |i| i + 1);
        let Some(name_end) = rest[name_start..].find("]>-->").map(|i| i + name_start) else {
            break;
        };
        kept.push_str(&rest[..name_start]);
        rest = &rest[name_end..];
    }
    kept.push_str(rest);
    kept
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn on_a_phone_nothing_is_wider_than_the_screen() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.client.set_window_size(360, 740).await.unwrap();
    for address in [
        "",
        "?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&lang=kk&beside=en",
    ] {
        browser.open_site(address).await;
        let fits = browser
            .script("return document.documentElement.scrollWidth <= window.innerWidth")
            .await;
        assert_eq!(fits, true, "{address}");
        let bar = browser
            .script("return document.querySelector('.masthead').getBoundingClientRect().height")
            .await;
        assert!(
            bar.as_f64().unwrap() < 200.0,
            "the search bar leaves room to read: {bar}"
        );
    }
    browser.save_screenshot("phone").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn copying_a_turn_gives_its_text_with_a_citation_and_link() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("?lang=en").await;
    // The clipboard itself is the browser's; what suhbat hands it is what is checked.
    browser
        .script(
            "navigator.clipboard.writeText = text => { window.copied = text; return Promise.resolve(); };
             document.querySelector('[data-turn=a1] .turn__copy').click(); return 0",
        )
        .await;
    let said = browser
        .eventually(
            "const s = document.querySelector('[data-turn=a1] .turn__copied'); return s && s.textContent",
            serde_json::json!("Text copied with its citation"),
        )
        .await;
    assert_eq!(said, "Text copied with its citation");
    let copied = browser.script("return window.copied").await;
    let copied = copied.as_str().unwrap();
    let answer = browser
        .script("return [...document.querySelectorAll('[data-turn=a1] p')].map(p => p.textContent).join('\\n\\n')")
        .await;
    assert!(
        copied.starts_with(&format!("Sultan Raev: {}", answer.as_str().unwrap())),
        "{copied}"
    );
    let citation = copied.rsplit_once("\n\n— ").unwrap().1;
    assert!(
        citation.starts_with("Sultan Raev, «Sultan Raev:"),
        "{citation}"
    );
    assert!(
        citation.contains("13 December 2025, http://127.0.0.1:"),
        "{citation}"
    );
    assert!(
        citation.ends_with("/hosted/under/suhbat/?lang=en#a1"),
        "{citation}"
    );
    browser.close().await;
}
