//! The archive's home: one entry per interview, with what a reader chooses an interview by
//! (title, interviewee, date, languages, subjects, the lead's first sentence), newest first.
//! The home page carries it as JSON, so the browser lists and filters without fetching.

use serde::{Deserialize, Serialize};

use crate::domain::archive::index::Manifest;
use crate::domain::model::{Interview, IsoDate, Lang, Localized, Person};

/// The address parameter that names the interview shown, in the one-file archive.
pub const INTERVIEW_PARAMETER: &str = "interview";

/// The interview an address's query (`?…`) names, in the one-file archive.
pub fn interview_named(query: &str) -> Option<String> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(key, _)| key == INTERVIEW_PARAMETER)
        .map(|(_, slug)| slug.into_owned())
}

/// `query` (`?…` or empty) as the address's new query, keeping the interview `current` (the
/// address's query now) names: in the one-file archive the page's own settings must not lose
/// which interview it shows.
pub fn keeping_interview(current: &str, query: &str) -> String {
    match interview_named(current) {
        None => query.to_owned(),
        Some(slug) => {
            let mut kept = form_urlencoded::Serializer::new(String::new());
            kept.append_pair(INTERVIEW_PARAMETER, &slug);
            let rest = query.trim_start_matches('?');
            let separator = if rest.is_empty() { "" } else { "&" };
            format!("?{}{separator}{rest}", kept.finish())
        }
    }
}

/// How long the summary under a title may be, in characters.
const SUMMARY_CHARS: usize = 240;

/// One interview as the home lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Its folder name: the page is at `<slug>/`.
    pub slug: String,
    /// The language it was given in.
    pub original: Lang,
    /// Every language it can be read in, the original first.
    pub languages: Vec<Lang>,
    /// When it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
    /// Its title, per language.
    #[serde(default)]
    pub title: Localized<String>,
    /// Who was interviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewee: Option<Person>,
    /// The lead's first sentence (or the first question's), per language.
    #[serde(default)]
    pub summary: Localized<String>,
    /// Its subjects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Entry {
    /// The entry of `interview`, published at `slug`.
    pub fn new(slug: &str, interview: &Interview) -> Self {
        let languages: Vec<Lang> = interview
            .languages()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let summary = languages
            .iter()
            .filter_map(|lang| Some((lang.clone(), first_sentence(opening(interview, lang)?))))
            .collect();
        Entry {
            slug: slug.to_owned(),
            original: interview.original.clone(),
            languages,
            date: interview.date,
            title: interview.title.clone(),
            interviewee: interview.interviewee.clone(),
            summary,
            tags: interview.tags.clone(),
        }
    }

    /// `texts` in `lang` where the interview has it, else in its original.
    pub fn in_language<'a>(&self, texts: &'a Localized<String>, lang: &str) -> Option<&'a str> {
        texts
            .get(lang)
            .or_else(|| texts.get(&self.original))
            .map(String::as_str)
    }

    /// The interviewee's name in the original language: what the interviewee filter keys on.
    pub fn interviewee_key(&self) -> Option<&str> {
        self.interviewee_name(&self.original)
    }

    /// The interviewee's name in `lang` where given, else in the original.
    pub fn interviewee_name(&self, lang: &str) -> Option<&str> {
        let person = self.interviewee.as_ref()?;
        self.in_language(&person.name, lang)
    }

    /// Whether it can be read in `lang`.
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }
}

/// The first paragraph of the lead in `lang`, or of the first turn.
fn opening<'a>(interview: &'a Interview, lang: &str) -> Option<&'a str> {
    interview
        .lead
        .get(lang)
        .and_then(|lead| lead.first())
        .or_else(|| interview.turns.first()?.paragraphs.get(lang)?.first())
        .map(String::as_str)
}

/// The first sentence of `text` (up to `.`, `!`, `?` or `…` followed by a space), at most
/// `SUMMARY_CHARS` long, cut at a word with `…`.
pub fn first_sentence(text: &str) -> String {
    let mut chars = text.char_indices().peekable();
    let mut end = text.len();
    while let Some((at, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?' | '…') && next_is_space {
            end = at + c.len_utf8();
            break;
        }
    }
    cut_at_word(text[..end].trim(), SUMMARY_CHARS)
}

/// `text` if it is at most `chars` long, else its start cut at a word, with `…`: what a
/// summary or a page description shows.
pub fn cut_at_word(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(chars).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(words, _)| words);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ', '–', '-']))
}

/// The archive's entries, newest first (undated last), then by slug.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    /// One per interview.
    pub entries: Vec<Entry>,
    /// Where the search index's shards are.
    #[serde(default)]
    pub index: Manifest,
    /// Whether the archive is one file (`suhbat.html`), whose interviews are at
    /// `?interview=<slug>` rather than in folders.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub single_file: bool,
}

impl Catalog {
    /// The catalog of `interviews`, each with its slug.
    pub fn new<'a>(interviews: impl IntoIterator<Item = (&'a str, &'a Interview)>) -> Self {
        let mut entries: Vec<Entry> = interviews
            .into_iter()
            .map(|(slug, interview)| Entry::new(slug, interview))
            .collect();
        entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        Catalog {
            entries,
            index: Manifest::default(),
            single_file: false,
        }
    }

    /// Every language some interview can be read in: originals by how many interviews have them,
    /// then the rest, each once.
    pub fn languages(&self) -> Vec<Lang> {
        let mut counted: Vec<(Lang, usize, bool)> = Vec::new();
        for entry in &self.entries {
            for lang in &entry.languages {
                let is_original = *lang == entry.original;
                match counted.iter_mut().find(|(l, _, _)| l == lang) {
                    Some((_, count, original)) => {
                        *count += usize::from(is_original);
                        *original |= is_original;
                    }
                    None => counted.push((lang.clone(), usize::from(is_original), is_original)),
                }
            }
        }
        counted.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
        counted.into_iter().map(|(lang, _, _)| lang).collect()
    }

    /// The address of `entry`'s page, relative to the home, with `query` (`q=…&lang=…`, or
    /// empty) for the page.
    pub fn page_href(&self, entry: &Entry, query: &str) -> String {
        match (self.single_file, query.is_empty()) {
            (true, true) => format!("?{INTERVIEW_PARAMETER}={}", entry.slug),
            (true, false) => format!("?{INTERVIEW_PARAMETER}={}&{query}", entry.slug),
            (false, true) => format!("{}/", entry.slug),
            (false, false) => format!("{}/?{query}", entry.slug),
        }
    }

    /// The link to `entry` from the home, opening it in `chosen` where that is a translation.
    pub fn entry_href(&self, entry: &Entry, chosen: Option<&str>) -> String {
        match chosen.filter(|lang| *lang != entry.original) {
            Some(lang) => self.page_href(entry, &format!("lang={lang}")),
            None => self.page_href(entry, ""),
        }
    }

    /// Every document (an interview in one language) the index numbers, in order: each
    /// entry's languages, the original first.
    pub fn documents(&self) -> Vec<(usize, &str)> {
        self.entries
            .iter()
            .enumerate()
            .flat_map(|(entry, e)| e.languages.iter().map(move |lang| (entry, lang.as_str())))
            .collect()
    }

    /// The language most interviews were given in: the home's interface language by default.
    pub fn main_language(&self) -> Lang {
        self.languages()
            .into_iter()
            .next()
            .unwrap_or_else(|| crate::domain::input::metadata::DEFAULT_LANGUAGE.to_owned())
    }

    /// The catalog as the JSON the home page carries.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a catalog always serialises")
    }

    /// Reads the JSON the home page carries.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::from_text;

    fn dated(text: &str) -> Interview {
        from_text(text)
    }

    #[test]
    fn entries_are_newest_first_and_undated_last() {
        let old = dated(" date 2020-01-02\nLead.\n- Q\n- A");
        let new = dated(" date 2024-05-06\nLead.\n- Q\n- A");
        let undated = dated("Lead.\n- Q\n- A");
        let catalog = Catalog::new([("u", &undated), ("o", &old), ("n", &new)]);
        let slugs: Vec<&str> = catalog.entries.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(slugs, ["n", "o", "u"]);
    }

    #[test]
    fn the_summary_is_the_leads_first_sentence() {
        assert_eq!(
            first_sentence("Бүгін 13.12 күні. Екінші сөйлем."),
            "Бүгін 13.12 күні."
        );
        assert_eq!(first_sentence("Жалғыз"), "Жалғыз");
        let long = "сөз ".repeat(100);
        let cut = first_sentence(&long);
        assert!(cut.ends_with("сөз…") && cut.chars().count() <= SUMMARY_CHARS + 1);
        let interview = dated("- Сұрақ қойылды ма? Иә.\n- Жауап.");
        assert_eq!(
            Entry::new("s", &interview).summary["kk"],
            "Сұрақ қойылды ма?"
        );
    }

    #[test]
    fn the_catalog_survives_its_json() {
        let interview = dated("</script><script>alert(1)</script>\n- Q\n- A");
        let catalog = Catalog::new([("s", &interview)]);
        assert_eq!(Catalog::from_json(&catalog.to_json()).unwrap(), catalog);
    }

    #[test]
    fn pages_are_folders_or_in_the_one_file_named_in_the_address() {
        let interview = dated("- Q\n- A");
        let mut catalog = Catalog::new([("a-b", &interview)]);
        let entry = &catalog.entries[0].clone();
        assert_eq!(catalog.page_href(entry, ""), "a-b/");
        assert_eq!(catalog.page_href(entry, "q=x"), "a-b/?q=x");
        catalog.single_file = true;
        assert_eq!(catalog.page_href(entry, ""), "?interview=a-b");
        assert_eq!(catalog.page_href(entry, "q=x"), "?interview=a-b&q=x");
        assert_eq!(catalog.entry_href(entry, Some("kk")), "?interview=a-b");
        assert_eq!(
            catalog.entry_href(entry, Some("en")),
            "?interview=a-b&lang=en"
        );
    }

    #[test]
    fn the_one_file_keeps_its_interview_in_the_address() {
        assert_eq!(keeping_interview("", "?q=x"), "?q=x");
        assert_eq!(keeping_interview("?q=y", ""), "");
        assert_eq!(
            keeping_interview("?interview=a&q=y", "?q=x"),
            "?interview=a&q=x"
        );
        assert_eq!(keeping_interview("?q=y&interview=a", ""), "?interview=a");
    }

    #[test]
    fn languages_list_originals_by_frequency_first() {
        let mut kk = dated("- Q\n- A");
        kk.add_translation(
            "en",
            crate::domain::input::parser::parse_text("- Q\n- A").unwrap(),
        )
        .unwrap();
        let mut ru = dated("- Q\n- A");
        ru.original = "ru".into();
        for turn in &mut ru.turns {
            let text = turn.paragraphs.remove("kk").unwrap();
            turn.paragraphs.insert("ru".into(), text);
        }
        let catalog = Catalog::new([("a", &kk), ("b", &kk), ("c", &ru)]);
        assert_eq!(catalog.languages(), ["kk", "ru", "en"]);
        assert_eq!(catalog.main_language(), "kk");
    }
}
