//! How a page loads its app: the WASM's one request, and a watch that tells the reader when
//! the app fails to load.
//!
//! Trunk preloads the WASM with `<link rel="preload" as="fetch">` and the bindings then fetch
//! it again: Chromium and Firefox hand that fetch the preloaded response, WebKit (Safari's
//! engine) does not and downloads it twice, integrity or not. A plain script right after the
//! charset starts the one request as early as the preload did, and the module script takes its
//! response (`init` accepts a promise of one).
//!
//! If the app cannot start before it is ready (its script or WASM fails to load or to run), the
//! page says so in its language and hides the controls that cannot work, as with JavaScript
//! off. A script's error reaches the watch as an `error` event; a rejected `init` does so in
//! Chromium and Firefox but not in WebKit, so the module script reports it itself.

use crate::build::csp::CHARSET;

/// The watch, a plain script: it must work when the app does not.
const APP_WATCH: &str = "<script>window.suhbatFailed = () => {\
    const page = document.documentElement;\
    if (page.hasAttribute('data-ready')) return;\
    page.setAttribute('data-failed', '');\
    const wanted = [new URLSearchParams(location.search).get('lang'),\
        ...navigator.languages.map(l => l.slice(0, 2)), page.lang];\
    const notes = [...document.querySelectorAll('.app-failed-note')];\
    const note = wanted.map(l => notes.find(n => n.lang === l)).find(Boolean) || notes[0];\
    if (note) note.hidden = false;\
};\
addEventListener('error', event => {\
    if (event instanceof ErrorEvent || event.target instanceof HTMLScriptElement) suhbatFailed();\
}, true);</script>";

/// What the module script passes to the bindings' `init` for the WASM.
const WASM_ARGUMENT: &str = "module_or_path: '";
/// Where the module script names the bindings it imports.
const BINDINGS_IMPORT: &str = "from '";
/// The start of the early script; the WASM's path follows it, then [`EARLY_FETCH_END`].
const EARLY_FETCH_START: &str = "<script>window.suhbatWasm = fetch('";
const EARLY_FETCH_END: &str = "');</script>";
const EARLY_RESPONSE: &str = "module_or_path: window.suhbatWasm }";

/// Follows the bindings' `init(…)` in a module script: a failure to start reaches the watch.
pub const REPORT_FAILURE: &str = ".catch(error => { suhbatFailed(); throw error; })";

/// `page` (Trunk's, its paths final) fetching its WASM from its first script, without the
/// preload, and watching the app load; as it is if it loads no WASM (or has no charset to put
/// the scripts after).
pub fn load_app(page: &str) -> String {
    let (Some(path), Some(charset)) = (quoted_after(page, WASM_ARGUMENT), page.find(CHARSET))
    else {
        return page.to_owned();
    };
    let mut out = page.replacen(
        &format!("{WASM_ARGUMENT}{path}' }})"),
        &format!("{EARLY_RESPONSE}){REPORT_FAILURE}"),
        1,
    );
    if let Some(preload) = wasm_preload(&out, path) {
        out = out.replacen(&preload, "", 1);
    }
    out.insert_str(
        charset + CHARSET.len(),
        &format!("\n    {EARLY_FETCH_START}{path}{EARLY_FETCH_END}\n    {APP_WATCH}"),
    );
    out
}

/// The files of the app a Trunk page loads: its bindings (JS) and its WASM, as the page names
/// them.
pub fn app_files(page: &str) -> Option<[&str; 2]> {
    Some([bindings_file(page)?, quoted_after(page, WASM_ARGUMENT)?])
}

/// The bindings (JS) a module script imports.
pub fn bindings_file(script: &str) -> Option<&str> {
    quoted_after(script, BINDINGS_IMPORT)
}

/// `page` asking the browser to fetch `files` ahead, when idle, for the next page: the
/// archive's home prefetches the viewer an interview's page loads. Chromium does; Firefox
/// holds prefetches to `default-src` (`'none'` in our policy) and WebKit does not prefetch, so
/// there the page fetches it as before. (Fetching ahead from a script instead would reach
/// Firefox, but WebKit then downloads the WASM again on the page: it keeps no `fetch` response
/// in its cache.)
pub fn prefetching(page: &str, files: &[&str]) -> String {
    let links: String = files
        .iter()
        .map(|file| format!("<link rel=\"prefetch\" href=\"{file}\">\n"))
        .collect();
    match page.find("</head>") {
        Some(head_end) => format!("{}{links}{}", &page[..head_end], &page[head_end..]),
        None => page.to_owned(),
    }
}

/// A page made by [`load_app`] without its early script, and the WASM's path: for the
/// single file, which carries the WASM itself.
pub fn without_early_fetch(page: &str) -> Option<(String, String)> {
    let start = page.find(EARLY_FETCH_START)?;
    let path = quoted_after(&page[start..], EARLY_FETCH_START)?;
    let end = page[start..].find(EARLY_FETCH_END)? + start + EARLY_FETCH_END.len();
    let mut out = page.to_owned();
    out.replace_range(start..end, "");
    Some((out, path.to_owned()))
}

/// The single-quoted text right after `marker`'s first occurrence (the marker ending with the
/// opening quote).
fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let at = text.find(marker)? + marker.len();
    Some(&text[at..at + text[at..].find('\'')?])
}

/// The `<link rel="preload">` tag of the WASM at `path`, if the page has one.
fn wasm_preload(page: &str, path: &str) -> Option<String> {
    let href = format!(" href=\"{path}\"");
    let mut rest = page;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let end = rest[start..].find('>')? + start + 1;
        if rest[start..end].contains(&href) {
            return Some(rest[start..end].to_owned());
        }
        rest = &rest[end..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = "<html><head><meta charset=\"utf-8\">\
        <link rel=\"stylesheet\" href=\"../s.css\">\
        <link rel=\"modulepreload\" href=\"../v.js\">\
        <link rel=\"preload\" href=\"../v_bg.wasm\" crossorigin=\"anonymous\" \
        integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\">\
        <script type=\"module\">import init from '../v.js';\n\
        const wasm = await init({ module_or_path: '../v_bg.wasm' });</script></head></html>";

    #[test]
    fn the_first_script_fetches_the_wasm_once_and_the_bindings_take_its_response() {
        let page = load_app(TRUNK_PAGE);
        assert!(!page.contains("rel=\"preload\""), "{page}");
        assert!(page.contains("rel=\"modulepreload\""), "{page}");
        assert_eq!(page.matches("v_bg.wasm").count(), 1, "{page}");
        let early = page.find("fetch('../v_bg.wasm')").unwrap();
        assert!(
            early < page.find("<link").unwrap(),
            "before any stylesheet: {page}"
        );
        assert!(
            page.contains(&format!(
                "init({{ module_or_path: window.suhbatWasm }}){REPORT_FAILURE}"
            )),
            "{page}"
        );
        let watch = page.find("window.suhbatFailed =").unwrap();
        assert!(
            watch < page.find("<script type=\"module\">").unwrap(),
            "{page}"
        );
    }

    #[test]
    fn the_single_file_finds_the_wasm_and_drops_the_early_script() {
        let page = load_app(TRUNK_PAGE);
        let (without, path) = without_early_fetch(&page).unwrap();
        assert_eq!(path, "../v_bg.wasm");
        assert!(!without.contains("suhbatWasm = fetch"), "{without}");
        assert!(without_early_fetch(&without).is_none());
    }

    #[test]
    fn the_home_prefetches_the_viewers_files() {
        let files = app_files(TRUNK_PAGE).unwrap();
        assert_eq!(files, ["../v.js", "../v_bg.wasm"]);
        let page = prefetching("<head><title></title></head><body></body>", &files);
        assert!(
            page.contains("<link rel=\"prefetch\" href=\"../v_bg.wasm\">\n</head>"),
            "{page}"
        );
        assert!(app_files("<p>no app</p>").is_none());
    }

    #[test]
    fn a_page_that_loads_no_wasm_stays_as_it_is() {
        let page = "<meta charset=\"utf-8\"><p>x</p>";
        assert_eq!(load_app(page), page);
    }
}
