//! The components in a real browser (wasm-bindgen-test in headless Chromium): the app, rendered
//! client-side into a fresh element, shows the shipped interview with its hooks.

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use suhbat::builtin::builtin_interview;
use suhbat::domain::view::settings::EarlyInput;
use suhbat::ui::{Viewer, ViewerProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app into its own element (the test runner writes into `<body>` itself).
async fn render_app() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let interview = Rc::new(builtin_interview());
    let props = ViewerProps {
        builtin: interview,
        home: None,
        early: EarlyInput::default(),
    };
    yew::Renderer::<Viewer>::with_root_and_props(root.clone(), props).render();
    // Yew renders on the next tick of the event loop.
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn every_turn_is_rendered_inside_main_with_its_hooks() {
    let root = render_app().await;
    assert_eq!(count(&root, "main [data-turn]"), 19);
    assert_eq!(count(&root, "[data-speaker=interviewer]"), 10);
    assert_eq!(count(&root, "[data-speaker=interviewee]"), 9);
    let first = root.query_selector("[data-turn]").unwrap().unwrap();
    assert_eq!(first.get_attribute("data-turn").as_deref(), Some("q1"));
    assert_eq!(first.id(), "q1");
    let link = first.query_selector("a.turn__link").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#q1"));
}

#[wasm_bindgen_test]
async fn the_header_names_the_interviewee_and_formats_the_date() {
    let root = render_app().await;
    let text = |selector: &str| {
        root.query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(text("h1").starts_with("Сұлтан Раев:"));
    assert_eq!(text(".interview__interviewee"), "Сұлтан Раев");
    assert_eq!(text("time"), "2025 жылғы 13 желтоқсан");
    let time = root.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-12-13")
    );
    let article = root.query_selector("article.interview").unwrap().unwrap();
    assert_eq!(article.get_attribute("lang").as_deref(), Some("kk"));
    assert!(text(".lead").starts_with("Қазақстан Президенті"));
}

#[wasm_bindgen_test]
async fn answers_and_questions_are_labelled_differently() {
    let root = render_app().await;
    let label = |id: &str| {
        root.query_selector(&format!("#{id} .turn__speaker"))
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert_eq!(label("q1"), "Тілші");
    assert_eq!(label("a1"), "Сұлтан Раев");
}
