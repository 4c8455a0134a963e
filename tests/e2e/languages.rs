//! Reading in another language or script, and side by side, as a reader does.

use fantoccini::Locator;
use serde_json::{Value, json};

use crate::harness::{Browser, JavaScript, PageLoad};

const TOKAEV: &str = "%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2";

async fn page_languages(browser: &Browser) -> Value {
    browser
        .script(
            "return [document.documentElement.lang, document.querySelector('article.interview').lang,
                     document.querySelector('[data-turn=a1]').lang, document.querySelector('h1').textContent]",
        )
        .await
}

async fn choose(browser: &Browser, value: &str) {
    let script = format!(
        "const s = document.querySelector('.language__select'); s.value = '{value}';
         s.dispatchEvent(new Event('change', {{bubbles: true}})); return 0"
    );
    browser.script(&script).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn each_language_renders_its_text_with_the_right_lang() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    for (lang, title_start, turn_start) in [
        ("en", "Sultan Raev:", "Given Kazakhstan's active"),
        ("ru", "Султан Раев:", "Учитывая активную"),
        ("kk-Latn", "Sūltan Raev:", "Qazaqstannyñ belsendı"),
    ] {
        browser.open_site(&format!("?lang={lang}")).await;
        let languages = page_languages(&browser).await;
        assert_eq!(languages[0], lang);
        assert_eq!(languages[1], lang);
        assert_eq!(languages[2], lang);
        assert!(
            languages[3].as_str().unwrap().starts_with(title_start),
            "{languages}"
        );
        let tab = browser.client.title().await.unwrap();
        assert!(
            tab.starts_with(title_start),
            "the tab's title follows: {tab}"
        );
        let first_question = browser
            .script("return document.querySelector('[data-turn=q1] p').textContent")
            .await;
        assert!(
            first_question.as_str().unwrap().starts_with(turn_start),
            "{first_question}"
        );
    }
    let note = browser
        .script("return document.querySelector('.translation-note')")
        .await;
    assert_eq!(
        note,
        Value::Null,
        "the Latin rendering is not a translation"
    );
    browser.open_site("?lang=en").await;
    let note = browser
        .script("return document.querySelector('.translation-note').textContent")
        .await;
    assert_eq!(note, "Unofficial translation. The original: Қазақша.");
    choose(&browser, "ru").await;
    let tab = browser
        .eventually(
            "return document.title.startsWith('Султан Раев:')",
            json!(true),
        )
        .await;
    assert_eq!(tab, json!(true), "switching the language retitles the tab");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn side_by_side_aligns_the_original_and_a_translation_row_by_row() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .open_site(&format!("?lang=kk&beside=ru&q={TOKAEV}"))
        .await;
    let columns = browser
        .script(
            "return [...document.querySelectorAll('[data-turn]')].map(t =>
                 [...t.querySelectorAll('.columns__column')].map(c => c.lang + ':' + c.querySelectorAll('p').length))",
        )
        .await;
    let columns: Vec<Vec<String>> = serde_json::from_value(columns).unwrap();
    assert_eq!(columns.len(), 19);
    assert_eq!(columns[1], ["kk:2", "ru:2"]);
    assert!(
        columns
            .iter()
            .all(|c| c.len() == 2 && c[0].starts_with("kk:") && c[1].starts_with("ru:"))
    );
    // Both columns are searched and marked; a row shows when either matches.
    let marks = browser
        .script("return [...document.querySelectorAll('.columns__column')].map(c => c.lang + c.querySelectorAll('mark').length)")
        .await;
    let marks: Vec<String> = serde_json::from_value(marks).unwrap();
    assert!(
        marks.iter().any(|m| m.starts_with("ru") && m != "ru0"),
        "{marks:?}"
    );
    let expected = json!("Қазақша 17 · Qazaqşa 17 · English 0 · Русский 17");
    let counts = browser
        .eventually(
            "const c = document.querySelector('.language__counts'); return c && c.textContent",
            expected.clone(),
        )
        .await;
    assert_eq!(counts, expected, "counted once typing pauses");
    browser.save_screenshot("side-by-side").await;
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn the_choice_travels_in_the_address_and_survives_a_reload() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    choose(&browser, "en").await;
    let address = browser
        .eventually("return location.search", json!("?lang=en"))
        .await;
    assert_eq!(address, "?lang=en");
    browser.open_site("").await;
    assert_eq!(
        page_languages(&browser).await[0],
        "en",
        "the saved choice applies"
    );
    browser.open_site("?lang=ru").await;
    assert_eq!(
        page_languages(&browser).await[0],
        "ru",
        "the address wins over the saved choice"
    );
    browser.script("localStorage.clear(); return 0").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn switching_keeps_the_search_and_the_readers_place() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("#a6").await;
    let before = browser
        .script("return document.getElementById('a6').getBoundingClientRect().top")
        .await;
    choose(&browser, "ru").await;
    let after = browser
        .script("return document.getElementById('a6').getBoundingClientRect().top")
        .await;
    let moved = (before.as_f64().unwrap() - after.as_f64().unwrap()).abs();
    assert!(moved < 40.0, "a6 moved {moved}px");
    let input = browser.client.find(Locator::Id("search")).await.unwrap();
    input.send_keys("Токаев").await.unwrap();
    choose(&browser, "kk-Latn").await;
    assert_eq!(
        browser
            .script("return document.getElementById('search').value")
            .await,
        "Токаев"
    );
    let marks = browser.marks().await;
    assert_eq!(
        marks.len(),
        17,
        "a Cyrillic query finds the Latin rendering"
    );
    assert!(marks.iter().all(|m| m == "Toqaev"), "{marks:?}");
    browser.script("localStorage.clear(); return 0").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn latin_letters_find_the_cyrillic_original() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    for query in ["toqaev", "Tokaev", "TOQAEV"] {
        browser.open_site(&format!("?q={query}")).await;
        let marks = browser.marks().await;
        assert_eq!(marks.len(), 17, "{query}");
        assert!(
            marks.iter().all(|m| m.to_lowercase() == "тоқаев"),
            "{marks:?}"
        );
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_browser_preferring_english_is_offered_english_while_the_original_stays() {
    const SUGGESTION: &str = "const b = document.querySelector('.language__suggestion');
        return b && [b.textContent, b.lang]";
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let preferred = browser.script("return navigator.languages[0]").await;
    assert!(
        preferred.as_str().unwrap().starts_with("en"),
        "the test browser prefers English: {preferred}"
    );
    assert_eq!(
        page_languages(&browser).await[0],
        "kk",
        "the original stays"
    );
    assert_eq!(
        browser
            .eventually(SUGGESTION, json!(["Read in English", "en"]))
            .await,
        json!(["Read in English", "en"])
    );
    browser
        .client
        .find(Locator::Css(".language__suggestion"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(page_languages(&browser).await[0], "en");
    assert_eq!(
        browser.script(SUGGESTION).await,
        Value::Null,
        "the offer is taken"
    );

    browser.open_site("?lang=kk").await;
    assert_eq!(
        browser.script(SUGGESTION).await,
        Value::Null,
        "a reader who chose the original is not asked"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn side_by_side_counts_and_steps_through_matches_in_both_columns() {
    const CURRENT_COLUMN: &str = "const m = document.querySelector('main mark[aria-current]');
        return m && m.closest('.columns__column').lang";
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("?lang=kk&beside=en&q=tokayev").await;
    let kazakh_marks = browser
        .script("return document.querySelectorAll('.columns__column[lang=kk] mark').length")
        .await;
    let english_marks = browser
        .script("return document.querySelectorAll('.columns__column[lang=en] mark').length")
        .await;
    assert_eq!(kazakh_marks, 0, "the Kazakh text spells it Тоқаев");
    let english_marks = english_marks.as_u64().unwrap();
    assert!(english_marks > 5, "{english_marks}");
    let status = browser
        .script("return document.querySelector('[role=status]').textContent")
        .await;
    assert!(
        status
            .as_str()
            .unwrap()
            .starts_with(&format!("1 / {english_marks} ")),
        "the status counts the English column's matches: {status}"
    );
    assert_eq!(browser.script(CURRENT_COLUMN).await, "en");
    let input = browser.client.find(Locator::Id("search")).await.unwrap();
    input.send_keys("\u{e007}").await.unwrap();
    let status = browser
        .script("return document.querySelector('[role=status]').textContent")
        .await;
    assert!(status.as_str().unwrap().starts_with("2 / "), "{status}");
    assert_eq!(browser.script(CURRENT_COLUMN).await, "en");
    browser.close().await;
}
