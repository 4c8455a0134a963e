//! The browser entry point: hydrates the page that the build pre-rendered, from the data the
//! page carries (an interview, or an archive's catalog).

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use suhbat::domain::archive::catalog::Catalog;
    use suhbat::domain::model::Interview;
    use suhbat::domain::view::embedded::{CATALOG_DATA_ID, HOME_ATTRIBUTE, INTERVIEW_DATA_ID};
    use suhbat::ui::PageContent;
    use suhbat::web::page::{element_attribute, element_text};

    let root = root_element();
    if let Some(json) = element_text(INTERVIEW_DATA_ID) {
        match Interview::from_json(&json) {
            Ok(interview) => {
                let content = PageContent::Interview {
                    interview: Rc::new(interview),
                    home: element_attribute(INTERVIEW_DATA_ID, HOME_ATTRIBUTE).map(Into::into),
                };
                renderer(root, content).hydrate();
            }
            // The pre-rendered page stays readable; the console says why nothing else works.
            Err(error) => console_error(&format!("suhbat: the page's interview: {error}")),
        }
    } else if let Some(json) = element_text(CATALOG_DATA_ID) {
        match Catalog::from_json(&json) {
            Ok(catalog) => show_archive(root, catalog),
            Err(error) => console_error(&format!("suhbat: the page's catalog: {error}")),
        }
    } else {
        console_error("suhbat: this page carries no interview and no catalog");
    }
}

/// The archive's home, hydrated; or, in the one-file archive with an interview named in the
/// address, that interview, rendered in place of the home.
#[cfg(target_arch = "wasm32")]
fn show_archive(root: web_sys::Element, catalog: suhbat::domain::archive::catalog::Catalog) {
    use std::rc::Rc;

    use suhbat::domain::archive::catalog::interview_named;
    use suhbat::domain::model::Interview;
    use suhbat::domain::view::embedded::FILE_ATTRIBUTE;
    use suhbat::ui::PageContent;
    use suhbat::web::{address, page};

    let named = interview_named(&address::query_string()).filter(|_| catalog.single_file);
    if let Some(slug) = named {
        let selector = format!("script[{FILE_ATTRIBUTE}=\"{slug}/interview.json\"]");
        let carried = gloo_utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|element| element.text_content());
        match carried.map(|json| Interview::from_json(&json)) {
            Some(Ok(interview)) => {
                page::set_document_lang(&interview.original);
                root.set_inner_html("");
                let content = PageContent::Interview {
                    interview: Rc::new(interview),
                    home: Some("?".into()),
                };
                renderer(root, content).render();
                return;
            }
            Some(Err(error)) => console_error(&format!("suhbat: interview `{slug}`: {error}")),
            None => console_error(&format!("suhbat: this archive has no interview `{slug}`")),
        }
    }
    renderer(root, PageContent::Archive(Rc::new(catalog))).hydrate();
}

/// The one renderer every page has: the root component with what this page shows, and what
/// the reader did to its controls before the app was ready (read now, before hydration puts
/// them back as they were rendered).
#[cfg(target_arch = "wasm32")]
fn renderer(
    root: web_sys::Element,
    content: suhbat::ui::PageContent,
) -> yew::Renderer<suhbat::ui::Page> {
    use suhbat::ui::{LANGUAGE_SELECT, SEARCH_INPUT_ID};

    let early = suhbat::web::page::early_input(SEARCH_INPUT_ID, LANGUAGE_SELECT);
    yew::Renderer::<suhbat::ui::Page>::with_root_and_props(
        root,
        suhbat::ui::PageProps { content, early },
    )
}

#[cfg(target_arch = "wasm32")]
fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

#[cfg(target_arch = "wasm32")]
fn root_element() -> web_sys::Element {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .expect("index.html has the #app root element")
}

/// Natively there is nothing to run: this binary exists for the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the viewer runs in the browser: build it with `trunk build`");
}
