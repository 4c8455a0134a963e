//! One self-contained `suhbat.html`: the built page with its script, WASM, styles and icon
//! inside it, for readers who double-click a file (browsers refuse to fetch a `.wasm` from
//! `file://`). Made from the finished `dist/`, so it is the same page, pre-rendered text
//! included, under a policy that fits it (see `csp`).

use std::fmt;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::build::app_loading::{REPORT_FAILURE, bindings_file, without_early_fetch};
use crate::build::csp::{single_file_policy, with_policy, without_policy};

/// The file's name beside the built site.
pub const SINGLE_FILE_NAME: &str = "suhbat.html";

/// The script Trunk writes into the page: it imports the bindings and fetches the WASM.
const MODULE_SCRIPT: &str = "<script type=\"module\">";
const SCRIPT_END: &str = "</script>";

#[derive(Debug)]
pub struct SingleFileError(String);

impl fmt::Display for SingleFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SingleFileError {}

fn missing(what: &str) -> SingleFileError {
    SingleFileError(format!(
        "index.html has no {what}: is this a Trunk build of suhbat?"
    ))
}

fn read(dist: &Path, href: &str) -> Result<Vec<u8>, SingleFileError> {
    let path = dist.join(href.trim_start_matches("./"));
    std::fs::read(&path).map_err(|e| SingleFileError(format!("{}: {e}", path.display())))
}

/// The value of `name="…"` in a tag's attributes.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// The page built in `dist`, as one file.
pub fn single_file(dist: &Path) -> Result<String, SingleFileError> {
    let index = String::from_utf8_lossy(&read(dist, "index.html")?).into_owned();
    single_file_of(&index, dist)
}

/// `page` (a page of the site built in `dist`) as one file.
pub fn single_file_of(page: &str, dist: &Path) -> Result<String, SingleFileError> {
    let (page, wasm_file) =
        without_early_fetch(&without_policy(page)).ok_or_else(|| missing("early WASM fetch"))?;
    let page = inline_links(&page, dist)?;
    let page = inline_module_script(&page, dist, &wasm_file)?;
    with_policy(&page, &single_file_policy(&page)).ok_or_else(|| missing("charset"))
}

/// Every `<link>`: stylesheets become `<style>`, the icon a `data:` URL, preloads go (what they
/// preload is inlined).
fn inline_links(page: &str, dist: &Path) -> Result<String, SingleFileError> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link ") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .ok_or_else(|| missing("end to a <link>"))?
            + start
            + 1;
        let tag = &rest[start..end];
        let href = attribute(tag, "href").ok_or_else(|| missing("href on a <link>"))?;
        match attribute(tag, "rel") {
            Some("stylesheet") => {
                let css = String::from_utf8_lossy(&read(dist, href)?).into_owned();
                out.push_str(&format!("<style>{}</style>", css.replace("</", "<\\/")));
            }
            Some("icon") => {
                let icon = BASE64.encode(read(dist, href)?);
                out.push_str(&format!(
                    "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{icon}\">"
                ));
            }
            Some("modulepreload" | "preload") => {}
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Trunk's module script, replaced by the bindings themselves and the WASM as base64 bytes.
fn inline_module_script(
    page: &str,
    dist: &Path,
    wasm_file: &str,
) -> Result<String, SingleFileError> {
    let start = page
        .find(MODULE_SCRIPT)
        .ok_or_else(|| missing("module script"))?;
    let body_start = start + MODULE_SCRIPT.len();
    let end = page[body_start..]
        .find(SCRIPT_END)
        .ok_or_else(|| missing("end to the module script"))?
        + body_start;
    let script = &page[body_start..end];
    let js_file = bindings_file(script).ok_or_else(|| missing("bindings import"))?;
    let bindings = String::from_utf8_lossy(&read(dist, js_file)?).replace("</script", "<\\/script");
    let wasm = BASE64.encode(read(dist, wasm_file)?);
    Ok(format!(
        "{}{MODULE_SCRIPT}\n{bindings}\n\
         const wasmBytes = Uint8Array.from(atob(\"{wasm}\"), c => c.charCodeAt(0));\n\
         await __wbg_init({{ module_or_path: wasmBytes }}){REPORT_FAILURE};\n{SCRIPT_END}{}",
        &page[..start],
        &page[end + SCRIPT_END.len()..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::app_loading::load_app;

    #[test]
    fn a_built_page_becomes_one_file_with_its_own_policy() {
        let dist = std::env::temp_dir().join(format!("suhbat-single-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        let trunk_page = "<html><head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"x\">\
                  <link rel=\"icon\" href=\"./i.svg\" integrity=\"sha384-a\"/>\
                  <link rel=\"stylesheet\" href=\"./s.css\"/>\
                  <script type=\"module\">\nimport init, * as bindings from './v.js';\n\
                  const wasm = await init({ module_or_path: './v_bg.wasm' });\n</script>\
                  <link rel=\"modulepreload\" href=\"./v.js\"></head><body><p>text</p></body></html>";
        let page = load_app(trunk_page);
        let files: [(&str, &[u8]); 5] = [
            ("index.html", page.as_bytes()),
            ("i.svg", b"<svg/>"),
            ("s.css", b"p { color: red }"),
            (
                "v.js",
                b"async function __wbg_init(m) {}\nexport { __wbg_init as default };",
            ),
            ("v_bg.wasm", b"\0asm"),
        ];
        for (name, bytes) in files {
            std::fs::write(dist.join(name), bytes).unwrap();
        }
        let page = single_file(&dist).unwrap();
        std::fs::remove_dir_all(&dist).unwrap();
        assert!(page.contains("<style>p { color: red }</style>"), "{page}");
        assert!(
            page.contains("href=\"data:image/svg+xml;base64,PHN2Zy8+\""),
            "{page}"
        );
        assert!(page.contains("atob(\"AGFzbQ==\")"), "{page}");
        assert!(!page.contains("suhbatWasm"), "{page}");
        assert!(page.contains("async function __wbg_init(m) {}"), "{page}");
        assert!(
            !page.contains("./v.js") && !page.contains("content=\"x\""),
            "{page}"
        );
        assert_eq!(page.matches("Content-Security-Policy").count(), 1);
        assert!(page.contains("<p>text</p>"));
    }
}
