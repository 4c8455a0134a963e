//! The search as it lives in the page's address (`?q=…&exact=1&scope=answers&view=highlight`),
//! so a search can be shared and bookmarked. The `#fragment` stays free for turn anchors.

use crate::folding::Letters;
use crate::model::Lang;
use crate::search::Scope;

/// How matching turns are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Only matching turns (with their question or answer) are shown.
    #[default]
    Filter,
    /// Every turn stays; matches are only marked.
    Highlight,
}

/// Everything about the page that a link carries: the search and the languages shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageSettings {
    pub text: String,
    pub letters: Letters,
    pub scope: Scope,
    pub view: View,
    /// The language shown (`None`: the original).
    pub lang: Option<Lang>,
    /// A translation shown beside it, row by row.
    pub beside: Option<Lang>,
}

impl PageSettings {
    /// The settings in a URL's query string (with or without its `?`); unknown keys and values
    /// are ignored, so any address opens the page.
    pub fn from_query_string(query: &str) -> Self {
        let mut settings = PageSettings::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "q" => settings.text = value,
                "exact" if value == "1" => settings.letters = Letters::Exact,
                "scope" => settings.scope = Scope::from_name(&value).unwrap_or_default(),
                "view" if value == "highlight" => settings.view = View::Highlight,
                "lang" if !value.is_empty() => settings.lang = Some(value),
                "beside" if !value.is_empty() => settings.beside = Some(value),
                _ => {}
            }
        }
        settings
    }

    /// The query string for these settings: empty for the default search, else `?…`.
    pub fn to_query_string(&self) -> String {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.text)));
        }
        if self.letters == Letters::Exact {
            pairs.push("exact=1".to_owned());
        }
        if self.scope != Scope::All {
            pairs.push(format!("scope={}", self.scope.as_str()));
        }
        if self.view == View::Highlight {
            pairs.push("view=highlight".to_owned());
        }
        if let Some(lang) = &self.lang {
            pairs.push(format!("lang={}", percent_encode(lang)));
        }
        if let Some(beside) = &self.beside {
            pairs.push(format!("beside={}", percent_encode(beside)));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(char::from(byte));
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

/// `%xx` escapes and `+` decoded; bytes that do not make UTF-8 become U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[i], escaped) {
            (_, Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (b'+', None) => {
                decoded.push(b' ');
                i += 1;
            }
            (byte, None) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_survives_the_trip_through_the_address() {
        let settings = PageSettings {
            text: "\"бейбітшілік пен\" & <сенім> 100%".into(),
            letters: Letters::Exact,
            scope: Scope::Answers,
            view: View::Highlight,
            lang: Some("kk".into()),
            beside: Some("kk-Latn".into()),
        };
        let query = settings.to_query_string();
        assert!(query.starts_with("?q=%22"), "{query}");
        assert!(!query.contains(' ') && !query.contains('<'));
        assert_eq!(PageSettings::from_query_string(&query), settings);
    }

    #[test]
    fn the_default_search_has_no_query_string() {
        assert_eq!(PageSettings::default().to_query_string(), "");
        assert_eq!(PageSettings::from_query_string(""), PageSettings::default());
    }

    #[test]
    fn odd_addresses_open_the_page_with_what_can_be_read() {
        let settings =
            PageSettings::from_query_string("?q=%D1%82%D0%BE%D0%BA+%ZZ%&scope=nowhere&x=1&view");
        assert_eq!(settings.text, "ток %ZZ%");
        assert_eq!(settings.scope, Scope::All);
        assert_eq!(PageSettings::from_query_string("?q=%FF").text, "\u{fffd}");
    }
}
