//! Build-time rendering: the app's HTML, made by Yew's server renderer from the same components
//! and data the browser hydrates, written into the page Trunk built, with `<head>` filled in
//! and the data the app starts from beside it (see `domain::view::embedded`).

use std::rc::Rc;

use html_escape::encode_double_quoted_attribute;

use crate::build::app_loading::load_app;
use crate::build::csp::{CHARSET, hosted_policy, with_policy};
use crate::domain::archive::catalog::{Catalog, cut_at_word};
use crate::domain::model::Interview;
use crate::domain::view::embedded::{
    CATALOG_DATA_ID, HOME_ATTRIBUTE, INTERVIEW_DATA_ID, json_script,
};
use crate::domain::view::settings::EarlyInput;
use crate::domain::view::ui_text::UiText;
use crate::ui::{Home, HomeProps, Viewer, ViewerProps};

/// The element of `index.html` the app renders into and hydrates.
pub const ROOT_ELEMENT: &str = r#"<div id="app">"#;

/// Its end: the template's root is empty.
const ROOT_END: &str = "</div>";

/// The stylesheet that hides the controls when JavaScript is off (copied by Trunk).
const NOSCRIPT_STYLESHEET: &str = "noscript.css";

/// The languages the note about a failed app is written in.
const FAILURE_NOTE_LANGUAGES: [&str; 3] = ["kk", "en", "ru"];

/// How long a page description may be: what search results and link previews show.
const DESCRIPTION_CHARS: usize = 200;

/// Where a page sits in the site: the way to the site's root (where the WASM, scripts and
/// styles are) and the archive's home, if it is part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    /// `./` at the root, `../` in an interview's folder.
    pub root: &'a str,
    /// The archive's home, relative to the page.
    pub home: Option<&'a str>,
}

impl Place<'static> {
    /// The site's own `index.html`.
    pub const ROOT: Place<'static> = Place {
        root: "./",
        home: None,
    };
    /// An interview's page in an archive, at `<slug>/index.html`.
    pub const IN_ARCHIVE: Place<'static> = Place {
        root: "../",
        home: Some("../"),
    };
}

/// The viewer's HTML for `interview`, with the markers hydration needs.
pub fn render_viewer(interview: Rc<Interview>, home: Option<&str>) -> String {
    // Nothing was done before the app was ready: this is the page as built.
    let props = ViewerProps {
        builtin: interview,
        home: home.map(|h| h.to_owned().into()),
        early: EarlyInput::default(),
    };
    futures::executor::block_on(yew::LocalServerRenderer::<Viewer>::with_props(props).render())
}

/// The archive home's HTML for `catalog`.
pub fn render_home(catalog: Rc<Catalog>) -> String {
    let props = HomeProps {
        catalog,
        early: String::new(),
    };
    futures::executor::block_on(yew::LocalServerRenderer::<Home>::with_props(props).render())
}

#[derive(Debug, PartialEq, Eq)]
pub struct MissingElement(pub &'static str);

impl std::fmt::Display for MissingElement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "index.html has no `{}`", self.0)
    }
}

impl std::error::Error for MissingElement {}

/// What `<head>` says of a page.
struct Head<'a> {
    lang: &'a str,
    title: &'a str,
    description: &'a str,
    kind: &'a str,
}

/// `index_html` with the rendered interview inside its root element, its data and a note for
/// readers without JavaScript before it, and the interview's title, description and language
/// in `<head>`. Trunk's template is made for the site's root; `place` moves it where it goes.
pub fn prerender_page(
    index_html: &str,
    interview: &Interview,
    place: Place,
) -> Result<String, MissingElement> {
    let app = render_viewer(Rc::new(interview.clone()), place.home);
    let text = UiText::for_lang(&interview.original);
    let home = place.home.map_or_else(String::new, |home| {
        format!(
            " {HOME_ATTRIBUTE}=\"{}\"",
            encode_double_quoted_attribute(home)
        )
    });
    let json = serde_json::to_string(interview).expect("an interview always serialises");
    let head = Head {
        lang: &interview.original,
        title: interview.original_title().unwrap_or(text.untitled),
        description: &description(interview),
        kind: "article",
    };
    fill_page(
        index_html,
        place,
        &app,
        &json_script(&format!(" id=\"{INTERVIEW_DATA_ID}\"{home}"), &json),
        &head,
    )
}

/// `index_html` with the archive's home rendered in its root element and its catalog beside.
pub fn prerender_home(index_html: &str, catalog: &Catalog) -> Result<String, MissingElement> {
    let app = render_home(Rc::new(catalog.clone()));
    let lang = catalog.main_language();
    let text = UiText::for_lang(&lang);
    let count = (text.interview_count)(catalog.entries.len());
    let head = Head {
        lang: &lang,
        title: text.all_interviews,
        description: &count,
        kind: "website",
    };
    let data = json_script(&format!(" id=\"{CATALOG_DATA_ID}\""), &catalog.to_json());
    fill_page(index_html, Place::ROOT, &app, &data, &head)
}

fn fill_page(
    index_html: &str,
    place: Place,
    app: &str,
    data: &str,
    head: &Head,
) -> Result<String, MissingElement> {
    let index_html = load_app(&moved_to(index_html, place.root));
    let text = UiText::for_lang(head.lang);
    let root = index_html
        .find(ROOT_ELEMENT)
        .ok_or(MissingElement(ROOT_ELEMENT))?;
    let content = root + ROOT_ELEMENT.len();
    let mut page = String::with_capacity(index_html.len() + app.len() + data.len() + 1024);
    page.push_str(&index_html[..root]);
    page.push_str(&format!(
        "<noscript><link rel=\"stylesheet\" href=\"{}{NOSCRIPT_STYLESHEET}\">\
         <p class=\"noscript-note\">{}</p></noscript>\n    ",
        place.root,
        encode_double_quoted_attribute(text.needs_javascript),
    ));
    // One note per interface language: the watch shows the reader's.
    for lang in FAILURE_NOTE_LANGUAGES {
        page.push_str(&format!(
            "<p class=\"noscript-note app-failed-note\" lang=\"{lang}\" hidden>{}</p>\n    ",
            encode_double_quoted_attribute(UiText::for_lang(lang).app_failed)
        ));
    }
    page.push_str(&index_html[root..content]);
    page.push_str(app);
    // The data after the text, so that the browser paints the text before it reads the data.
    let root_end = index_html[content..]
        .find(ROOT_END)
        .ok_or(MissingElement(ROOT_END))?
        + content
        + ROOT_END.len();
    page.push_str(&index_html[content..root_end]);
    page.push_str(&format!("\n    {data}"));
    page.push_str(&index_html[root_end..]);
    let page = fill_head(&page, head)?;
    with_policy(&page, &hosted_policy(&page)).ok_or(MissingElement(CHARSET))
}

/// Trunk's page (whose files are at `./`) as a page whose files are at `root`.
fn moved_to(index_html: &str, root: &str) -> String {
    if root == "./" {
        return index_html.to_owned();
    }
    ["href=\"", "src=\"", "from '", "module_or_path: '"]
        .iter()
        .fold(index_html.to_owned(), |page, prefix| {
            page.replace(&format!("{prefix}./"), &format!("{prefix}{root}"))
        })
}

fn fill_head(page: &str, head: &Head) -> Result<String, MissingElement> {
    const HTML_OPEN: &str = "<html";
    const TITLE: &str = "<title>";
    const TITLE_END: &str = "</title>";
    let title = encode_double_quoted_attribute(head.title);
    let description = encode_double_quoted_attribute(head.description);
    let lang = encode_double_quoted_attribute(head.lang);
    let kind = head.kind;

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
         <meta property=\"og:type\" content=\"{kind}\">\n\
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
    cut_at_word(source, DESCRIPTION_CHARS)
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
        let page = prerender_page(INDEX, &interview, Place::ROOT).unwrap();
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
    fn a_hostile_archive_renders_as_inert_text_on_the_home() {
        let hostile = interview(
            "<script>alert(1)</script>\n- Q\n- A",
            r#"{"title": {"kk": "</script><img src=x onerror=alert(1)>"},
                "tags": ["<b>тег</b>"]}"#,
        );
        let catalog = Catalog::new([("s", &hostile)]);
        let page = prerender_home(INDEX, &catalog).unwrap();
        assert!(!page.contains("<img") && !page.contains("<b>"), "{page}");
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(
            page.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
            "{page}"
        );
        assert!(page.contains("data-interview=\"s\""), "{page}");
    }

    #[test]
    fn a_page_without_the_root_element_is_an_error() {
        let interview = interview("- Q", "{}");
        let err =
            prerender_page("<html><title></title></html>", &interview, Place::ROOT).unwrap_err();
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
