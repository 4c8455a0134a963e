//! The browser entry point of an archive's home: hydrates the home the build pre-rendered,
//! from the catalog it carries; in the one-file archive it also shows an interview named in
//! the address, so it holds the viewer too.

#[cfg(target_arch = "wasm32")]
fn main() {
    suhbat::ui::start::start_archive_page();
}

/// Natively there is nothing to run: this binary exists for the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the archive's home runs in the browser: build it with `trunk build archive.html`");
}
