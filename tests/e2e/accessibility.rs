//! An accessibility audit with axe-core (from the npm registry, injected through WebDriver) in
//! every language, with a search active and side by side; and the page used by keyboard alone.

use std::sync::OnceLock;

use serde_json::Value;

use crate::harness::{Browser, JavaScript, PageLoad};

/// axe-core's script: `$SUHBAT_AXE`, which `./scripts/test` installs and sets.
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::env::var("SUHBAT_AXE")
            .expect("SUHBAT_AXE names axe.min.js: run the end-to-end tests with ./scripts/test");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    })
}

/// The serious and critical violations axe finds on the page as it is now.
pub async fn serious_violations(browser: &Browser) -> Vec<String> {
    browser.script(axe_source()).await;
    let found = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(result => done(
                 result.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => `${v.id} (${v.impact}): ${v.help} at ` +
                               v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))));",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver and axe-core: run ./scripts/test"]
async fn axe_finds_nothing_serious_in_any_language_with_or_without_a_search() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    let views = [
        "",
        "?lang=kk-Latn",
        "?lang=en",
        "?lang=ru",
        "?lang=kk&beside=en",
        "?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2",
        "?q=tokayev&lang=en&view=highlight",
        "?q=nothing-matches-this",
    ];
    let mut problems = Vec::new();
    for view in views {
        browser.open_site(view).await;
        for violation in serious_violations(&browser).await {
            problems.push(format!("{view}: {violation}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn every_control_is_reached_by_tab_and_shows_its_focus() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser
        .open_site("?q=%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2")
        .await;
    browser
        .script("document.activeElement.blur(); return 0")
        .await;
    let mut reached = Vec::new();
    for _ in 0..14 {
        browser.press_tab().await;
        let focused: Value = browser
            .script(
                "const e = document.activeElement;
                 const shown = el => { const s = getComputedStyle(el);
                     return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; };
                 const visible = shown(e) || (e.closest('label') && shown(e.closest('label')));
                 return [e.id || e.className || e.tagName, visible]",
            )
            .await;
        reached.push(focused);
    }
    let names: Vec<&str> = reached.iter().map(|f| f[0].as_str().unwrap()).collect();
    for control in [
        "search",
        "search__step",
        "language__select",
        "search__scope",
        "open-file",
        "turn__link",
        "turn__copy",
    ] {
        assert!(
            names.iter().any(|n| n.contains(control)),
            "{control} not reached: {names:?}"
        );
    }
    let unseen: Vec<&Value> = reached.iter().filter(|f| f[1] != true).collect();
    assert!(unseen.is_empty(), "focus not shown on {unseen:?}");
    browser.close().await;
}
