use std::rc::Rc;

use yew::prelude::*;

use super::home::Home;
use super::viewer::Viewer;
use crate::domain::archive::catalog::Catalog;
use crate::domain::model::Interview;
use crate::domain::view::settings::EarlyInput;

/// What a built page shows.
#[derive(Clone, PartialEq)]
pub enum PageContent {
    /// An interview, with the archive's home if it is part of one.
    Interview {
        interview: Rc<Interview>,
        home: Option<AttrValue>,
    },
    /// An archive's home.
    Archive(Rc<Catalog>),
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub content: PageContent,
    /// What the reader did before the app was ready (nothing, at build time).
    #[prop_or_default]
    pub early: EarlyInput,
}

/// The root of every page: one component type for the viewer and the home, so that the WASM
/// holds one renderer, not one per kind of page.
#[function_component]
pub fn Page(props: &PageProps) -> Html {
    match &props.content {
        PageContent::Interview { interview, home } => {
            html! { <Viewer builtin={interview.clone()} home={home.clone()} early={props.early.clone()} /> }
        }
        PageContent::Archive(catalog) => {
            html! { <Home catalog={catalog.clone()} early={props.early.query.clone()} /> }
        }
    }
}
