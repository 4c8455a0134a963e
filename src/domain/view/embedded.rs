//! The data a built page carries for the app: the interview (or the archive's catalog) as JSON
//! in a `<script type="application/json">`, which the browser never runs and the app reads when
//! it starts, so one WASM serves every page.

/// The element holding an interview page's interview.
pub const INTERVIEW_DATA_ID: &str = "suhbat-interview";

/// The element holding an archive home's catalog.
pub const CATALOG_DATA_ID: &str = "suhbat-catalog";

/// The attribute of the interview's element that gives the archive's home, if any.
pub const HOME_ATTRIBUTE: &str = "data-home";

/// The attribute that names the file a data element stands for, in the one-file archive
/// (`data-file="_index/f….json"`): there the app reads its files from the page.
pub const FILE_ATTRIBUTE: &str = "data-file";

/// `json` inside a script element with `attributes` (each with its leading space): every `<`
/// escaped (JSON allows `\u003c` wherever `<` may stand, which is only inside strings), so no
/// text can close the element.
pub fn json_script(attributes: &str, json: &str) -> String {
    format!(
        "<script type=\"application/json\"{attributes}>{}</script>",
        json.replace('<', "\\u003c")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_closes_the_script() {
        let script = json_script(" id=\"x\"", r#"{"a": "</script><!--"}"#);
        assert_eq!(
            script,
            r#"<script type="application/json" id="x">{"a": "\u003c/script>\u003c!--"}</script>"#
        );
    }
}
