//! A turn as a reader copies it: who said it, what they said, and where it comes from, so that
//! a quotation pasted into an article or a message carries its source.

use crate::domain::model::{Interview, Speaker};
use crate::domain::view::ui_text::UiText;

/// How a speaker is named in `lang`: the interviewee by name where the interview gives one.
pub fn speaker_label<'a>(interview: &'a Interview, speaker: Speaker, lang: &str) -> &'a str {
    let text = UiText::for_lang(lang);
    match speaker {
        Speaker::Interviewer => text.interviewer,
        Speaker::Interviewee => interview
            .interviewee
            .as_ref()
            .and_then(|person| interview.in_language(&person.name, lang))
            .unwrap_or(text.interviewee),
    }
}

/// Turn `index` in `lang` as plain text, its paragraphs separated by blank lines, followed by a
/// citation line: interviewee, title, date, and `address` (the link to the turn).
pub fn turn_with_citation(
    interview: &Interview,
    index: usize,
    lang: &str,
    address: &str,
) -> String {
    let text = UiText::for_lang(lang);
    let turn = &interview.turns[index];
    let speaker = speaker_label(interview, turn.speaker, lang);
    let paragraphs = turn.paragraphs_in(lang).join("\n\n");
    let mut source: Vec<String> = Vec::new();
    if let Some(person) = &interview.interviewee
        && let Some(name) = interview.in_language(&person.name, lang)
    {
        source.push(name.to_owned());
    }
    source.push(format!(
        "«{}»",
        interview
            .in_language(&interview.title, lang)
            .unwrap_or(text.untitled)
    ));
    if let Some(date) = interview.date {
        source.push(text.format_date(date));
    }
    source.push(address.to_owned());
    format!("{speaker}: {paragraphs}\n\n— {}", source.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::builtin_interview;

    #[test]
    fn a_copied_answer_names_its_speaker_and_source() {
        let interview = builtin_interview();
        let copied = turn_with_citation(&interview, 1, "kk", "https://example.org/s/#a1");
        assert!(copied.starts_with("Сұлтан Раев: "), "{copied}");
        let (said, citation) = copied.rsplit_once("\n\n— ").unwrap();
        assert!(said.ends_with(interview.turns[1].paragraphs_in("kk").last().unwrap()));
        assert!(
            citation.starts_with("Сұлтан Раев, «Сұлтан Раев:"),
            "{citation}"
        );
        assert!(
            citation.ends_with(", 2025 жылғы 13 желтоқсан, https://example.org/s/#a1"),
            "{citation}"
        );
    }

    #[test]
    fn a_copied_question_in_english_is_labelled_in_english() {
        let interview = builtin_interview();
        let copied = turn_with_citation(&interview, 0, "en", "#q1");
        assert!(
            copied.starts_with("Interviewer: Given Kazakhstan's"),
            "{copied}"
        );
        assert!(copied.contains("13 December 2025, #q1"), "{copied}");
    }
}
