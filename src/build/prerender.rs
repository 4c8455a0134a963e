//! Build-time rendering: the app's HTML, made by Yew's server renderer from the same components
//! and data the browser hydrates, written into the page Trunk built, with `<head>` filled in.

use std::rc::Rc;

use html_escape::encode_double_quoted_attribute;

use crate::build::csp::{CHARSET, hosted_policy, with_policy};
use crate::domain::model::Interview;
use crate::domain::view::ui_text::UiText;
use crate::ui::{Viewer, ViewerProps};

/// The element of `index.html` the app renders into and hydrates.
pub const ROOT_ELEMENT: &str = r#"<div id="app">"#;

/// The stylesheet that hides the controls when JavaScript is off (copied by Trunk).
const NOSCRIPT_STYLESHEET: &str = "noscript.css";

/// How long a page description may be: what search results and link previews show.
const DESCRIPTION_CHARS: usize = 200;

/// The app's HTML for `interview`, with the markers hydration needs.
pub fn render_app(interview: Rc<Interview>) -> String {
    let renderer =
        yew::LocalServerRenderer::<Viewer>::with_props(ViewerProps { builtin: interview });
    futures::executor::block_on(renderer.render())
}

#[derive(Debug, PartialEq, Eq)]
pub struct MissingElement(pub &'static str);

impl std::fmt::Display for MissingElement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "index.html has no `{}`", self.0)
    }
}

impl std::error::Error for MissingElement {}

/// `index_html` with the rendered app inside its root element, a note for readers without
/// JavaScript before it, and the interview's title, description and language in `<head>`.
pub fn prerender_page(index_html: &str, interview: &Interview) -> Result<String, MissingElement> {
    let app = render_app(Rc::new(interview.clone()));
    let text = UiText::for_lang(&interview.original);
    let root = index_html
        .find(ROOT_ELEMENT)
        .ok_or(MissingElement(ROOT_ELEMENT))?;
    let content = root + ROOT_ELEMENT.len();
    let mut page = String::with_capacity(index_html.len() + app.len() + 1024);
    page.push_str(&index_html[..root]);
    page.push_str(&format!(
        "<noscript><link rel=\"stylesheet\" href=\"./{NOSCRIPT_STYLESHEET}\">\
         <p class=\"noscript-note\">{}</p></noscript>\n    ",
        encode_double_quoted_attribute(text.needs_javascript)
    ));
    page.push_str(&index_html[root..content]);
    page.push_str(&app);
    page.push_str(&index_html[content..]);
    let page = fill_head(&page, interview)?;
    with_policy(&page, &hosted_policy(&page)).ok_or(MissingElement(CHARSET))
}

fn fill_head(page: &str, interview: &Interview) -> Result<String, MissingElement> {
    const HTML_OPEN: &str = "<html";
    const TITLE: &str = "<title>";
    const TITLE_END: &str = "</title>";
    let text = UiText::for_lang(&interview.original);
    let title = encode_double_quoted_attribute(interview.original_title().unwrap_or(text.untitled));
    let description = encode_double_quoted_attribute(&description(interview)).into_owned();
    let lang = encode_double_quoted_attribute(&interview.original);

    let html_at = page.find(HTML_OPEN).ok_or(MissingElement(HTML_OPEN))? + HTML_OPEN.len();
    let title_at = page.find(TITLE).ok_or(MissingElement(TITLE))?;
    let title_end = page[title_at..]
        .find(TITLE_END)
        .ok_or(MissingElement(TITLE_END))?
        + title_at
        + TITLE_END.len();
    let head = format!(
        "<title>{title}</title>\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:locale\" content=\"{lang}\">"
    );
    Ok(format!(
        "{}{}{}{}{}",
        &page[..html_at],
        format_args!(" lang=\"{lang}\""),
        &page[html_at..title_at],
        head,
        &page[title_end..]
    ))
}

/// The start of the lead (or of the first turn), cut at a word boundary.
fn description(interview: &Interview) -> String {
    let source = interview
        .original_lead()
        .first()
        .or_else(|| {
            interview
                .turns
                .first()?
                .paragraphs_in(&interview.original)
                .first()
        })
        .map_or("", String::as_str);
    if source.chars().count() <= DESCRIPTION_CHARS {
        return source.to_owned();
    }
    let cut: String = source.chars().take(DESCRIPTION_CHARS).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(words, _)| words);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::metadata::Metadata;
    use crate::domain::input::parser::parse_text;

    const INDEX: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>suhbat</title></head>\
                         <body><div id=\"app\"></div></body></html>";

    fn interview(text: &str, meta: &str) -> Interview {
        Metadata::from_json(meta)
            .unwrap()
            .into_interview(parse_text(text).unwrap())
    }

    #[test]
    fn the_page_carries_every_turn_and_the_head_describes_the_interview() {
        let interview = interview(
            "Lead <b>one</b>\n- Q \"1\"\n- A & B",
            r#"{"title": {"kk": "T <i>"}}"#,
        );
        let page = prerender_page(INDEX, &interview).unwrap();
        assert!(page.contains("<html lang=\"kk\">"), "{page}");
        assert!(page.contains("<title>T &lt;i&gt;</title>"), "{page}");
        assert!(
            page.contains("<meta name=\"description\" content=\"Lead &lt;b&gt;one&lt;/b&gt;\">")
        );
        assert!(page.contains("og:title\" content=\"T &lt;i&gt;\""));
        assert!(page.contains("data-turn=\"q1\""));
        assert!(page.contains("data-turn=\"a1\""));
        assert!(page.contains("A &amp; B"));
        assert!(page.contains("<noscript><link rel=\"stylesheet\" href=\"./noscript.css\">"));
        assert!(page.contains("<p class=\"noscript-note\">JavaScript"));
        assert!(
            !page.contains("<b>"),
            "interview text is never markup: {page}"
        );
    }

    #[test]
    fn a_page_without_the_root_element_is_an_error() {
        let interview = interview("- Q", "{}");
        let err = prerender_page("<html><title></title></html>", &interview).unwrap_err();
        assert_eq!(err, MissingElement(ROOT_ELEMENT));
    }

    #[test]
    fn long_leads_are_cut_at_a_word_for_the_description() {
        let lead = "сөз ".repeat(100);
        let interview = interview(&format!("{lead}\n- Q"), "{}");
        let description = description(&interview);
        assert!(description.ends_with("сөз…"), "{description}");
        assert!(description.chars().count() <= DESCRIPTION_CHARS + 1);
    }
}
