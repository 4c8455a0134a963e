//! What a reader sees: the release build served on 127.0.0.1 and read in headless Chromium.
//!
//! These need the built `dist/` and ChromeDriver, so they are ignored by a plain `cargo test`;
//! `./scripts/test` builds the site and runs them with `--include-ignored`.

#![cfg(not(target_arch = "wasm32"))]

mod harness;

use harness::{Browser, JavaScript};

const VISIBLE_TURNS: &str = "return [...document.querySelectorAll('main [data-turn]')]
    .filter(e => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden')
    .length";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_page_shows_the_title_and_all_nineteen_turns_without_console_errors() {
    let browser = Browser::open(JavaScript::On).await;
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
async fn a_deep_link_brings_that_turn_into_view() {
    let browser = Browser::open(JavaScript::On).await;
    browser.open_site("#a7").await;
    let in_view = browser
        .script(
            "const r = document.getElementById('a7').getBoundingClientRect();
             return r.top >= 0 && r.top < window.innerHeight / 2 && window.scrollY > 0",
        )
        .await;
    assert_eq!(in_view, true);
    browser.save_screenshot("deep-link-a7").await;
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}
