//! The browser entry point: hydrates the page that the build pre-rendered.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use suhbat::ui::{Viewer, ViewerProps};

    let root = root_element();
    let interview = Rc::new(suhbat::builtin::builtin_interview());
    yew::Renderer::<Viewer>::with_root_and_props(root, ViewerProps { builtin: interview })
        .hydrate();
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
