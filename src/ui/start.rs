//! How each kind of page starts in the browser: read the data the build put in the page and
//! hydrate the pre-rendered text with the component that rendered it (the root's type must be
//! the one the build rendered: hydration checks it). Each kind has its own WASM (`src/bin/`),
//! so an interview's page carries no code of the archive's home.

use std::rc::Rc;

use yew::Renderer;

use super::home::{Home, HomeProps};
use super::language_picker::LANGUAGE_SELECT;
use super::search_bar::SEARCH_INPUT_ID;
use super::viewer::{Viewer, ViewerProps};
use crate::domain::archive::catalog::{Catalog, interview_named};
use crate::domain::model::Interview;
use crate::domain::view::embedded::{CATALOG_DATA_ID, HOME_ATTRIBUTE, INTERVIEW_DATA_ID};
use crate::domain::view::settings::EarlyInput;
use crate::web::fetch::carried_file;
use crate::web::page::{app_root, console_error, early_input, element_attribute, element_text};
use crate::web::{address, page};

/// An interview's page: the viewer, hydrated.
pub fn start_interview_page() {
    let Some(json) = element_text(INTERVIEW_DATA_ID) else {
        return console_error("suhbat: this page carries no interview");
    };
    match Interview::from_json(&json) {
        Ok(interview) => {
            let props = ViewerProps {
                builtin: Rc::new(interview),
                home: element_attribute(INTERVIEW_DATA_ID, HOME_ATTRIBUTE).map(Into::into),
                early: early_input(SEARCH_INPUT_ID, LANGUAGE_SELECT),
            };
            Renderer::<Viewer>::with_root_and_props(app_root(), props).hydrate();
        }
        // The pre-rendered page stays readable; the console says why nothing else works.
        Err(error) => console_error(&format!("suhbat: the page's interview: {error}")),
    }
}

/// The archive's home, hydrated; or, in the one-file archive with an interview named in the
/// address, that interview, rendered in place of the home.
pub fn start_archive_page() {
    let Some(json) = element_text(CATALOG_DATA_ID) else {
        return console_error("suhbat: this page carries no catalog");
    };
    let catalog = match Catalog::from_json(&json) {
        Ok(catalog) => catalog,
        Err(error) => return console_error(&format!("suhbat: the page's catalog: {error}")),
    };
    let root = app_root();
    let named = interview_named(&address::query_string()).filter(|_| catalog.single_file);
    if let Some(slug) = named {
        match carried_file(&format!("{slug}/interview.json"))
            .map(|json| Interview::from_json(&json))
        {
            Some(Ok(interview)) => {
                page::set_document_lang(&interview.original);
                root.set_inner_html("");
                let props = ViewerProps {
                    builtin: Rc::new(interview),
                    home: Some("?".into()),
                    early: EarlyInput::default(),
                };
                Renderer::<Viewer>::with_root_and_props(root, props).render();
                return;
            }
            Some(Err(error)) => console_error(&format!("suhbat: interview `{slug}`: {error}")),
            None => console_error(&format!("suhbat: this archive has no interview `{slug}`")),
        }
    }
    let props = HomeProps {
        catalog: Rc::new(catalog),
        early: early_input(SEARCH_INPUT_ID, LANGUAGE_SELECT).query,
    };
    Renderer::<Home>::with_root_and_props(root, props).hydrate();
}
