//! The browser entry point of an interview's page: hydrates the page the build pre-rendered,
//! from the interview it carries. The archive's home has its own (`archive.rs`), so that this
//! WASM, the one most readers load, carries none of the home's code.

#[cfg(target_arch = "wasm32")]
fn main() {
    suhbat::ui::start::start_interview_page();
}

/// Natively there is nothing to run: this binary exists for the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the viewer runs in the browser: build it with `trunk build`");
}
