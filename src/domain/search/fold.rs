//! Text folding for search: what a reader types and what the interview says, made comparable.
//!
//! Browsers' own find treats қ/к, ә/а, і/и and the other Kazakh letters as unrelated, so a
//! reader without a Kazakh keyboard finds nothing. Folding maps both query and text to a common
//! form: lowercase, base letters composed with their combining marks, whitespace runs as one
//! space, and (unless exact letters are asked for) each Kazakh letter to the nearest Russian one,
//! Latin look-alikes inside Cyrillic words to their Cyrillic twins, other accents dropped.
//!
//! The folded text keeps a map back to the original, so a match found in folded text is a byte
//! range of the original, widened to whole grapheme clusters: highlights never split a letter.

use unicode_segmentation::UnicodeSegmentation;

use crate::domain::language::latin::latin_rendering;

/// How strictly letters must match; case never matters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Letters {
    /// Kazakh letters match their Russian neighbours (қ = к), accents are ignored.
    #[default]
    Folded,
    /// Only case is ignored.
    Exact,
    /// As `Folded`, through the Kazakh Latin alphabet: Cyrillic letters become their Latin
    /// rendering, so a query in one script finds text in the other (`toqaev` finds Тоқаев,
    /// `тоқаев` finds Toqaev).
    Latin,
}

/// The one table of Kazakh (and Kazakh-Latin) letters and the letter a reader types for them.
const LETTER_FOLDS: &[(char, char)] = &[
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
    ('ё', 'е'),
    // Latin schwa, typed for ә.
    ('ə', 'а'),
    // The 2021 Latin alphabet's letters, for text and queries in Latin script.
    ('ä', 'a'),
    ('ğ', 'g'),
    ('ı', 'i'),
    ('ñ', 'n'),
    ('ö', 'o'),
    ('ş', 's'),
    ('ū', 'u'),
    ('ü', 'u'),
    ('ç', 'c'),
    ('q', 'k'),
];

/// Latin letters that look like Cyrillic ones and are typed inside Cyrillic words. They are
/// folded everywhere, in text and query alike, so a selection cut from a mixed word still
/// finds itself; Latin words still match Latin queries.
const CYRILLIC_LOOK_ALIKES: &[(char, char)] = &[
    ('a', 'а'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('c', 'с'),
    ('x', 'х'),
    ('y', 'у'),
    // Latin i stands for Kazakh і, which folds to и.
    ('i', 'и'),
];

/// Base letter and combining mark pairs that make a precomposed letter (NFC for the scripts
/// suhbat reads), so that decomposed text matches precomposed queries and back.
const COMPOSITIONS: &[(char, char, char)] = &[
    ('и', '\u{306}', 'й'),
    ('И', '\u{306}', 'Й'),
    ('е', '\u{308}', 'ё'),
    ('Е', '\u{308}', 'Ё'),
    ('у', '\u{306}', 'ў'),
    ('У', '\u{306}', 'Ў'),
    ('і', '\u{308}', 'ї'),
    ('І', '\u{308}', 'Ї'),
    ('a', '\u{308}', 'ä'),
    ('A', '\u{308}', 'Ä'),
    ('o', '\u{308}', 'ö'),
    ('O', '\u{308}', 'Ö'),
    ('u', '\u{308}', 'ü'),
    ('U', '\u{308}', 'Ü'),
    ('u', '\u{304}', 'ū'),
    ('U', '\u{304}', 'Ū'),
    ('g', '\u{306}', 'ğ'),
    ('G', '\u{306}', 'Ğ'),
    ('s', '\u{327}', 'ş'),
    ('S', '\u{327}', 'Ş'),
    ('c', '\u{327}', 'ç'),
    ('C', '\u{327}', 'Ç'),
    ('n', '\u{303}', 'ñ'),
    ('N', '\u{303}', 'Ñ'),
    ('I', '\u{307}', 'İ'),
];

/// Text folded for matching, with the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoldedText {
    folded: String,
    /// For each folded char, in order: (byte offset in `folded`, byte offset in the original
    /// where the char's source starts); then one entry past the end of both. Empty when every
    /// folded char sits where its source does (most text: Kazakh letters fold to letters of
    /// the same length), which saves the memory and the lookups.
    map: Vec<(u32, u32)>,
}

impl FoldedText {
    /// `original` folded for `letters`, with the map back to it.
    pub fn new(original: &str, letters: Letters) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut map = Vec::new();
        let mut in_place = true;
        fold_into(original, letters, |c, origin| {
            if in_place && origin != folded.len() {
                in_place = false;
                map = in_place_map(&folded);
            }
            if !in_place {
                map.push((offset(folded.len()), offset(origin)));
            }
            folded.push(c);
        });
        if in_place && folded.len() != original.len() {
            map = in_place_map(&folded);
        }
        if !map.is_empty() {
            map.push((offset(folded.len()), offset(original.len())));
        }
        FoldedText { folded, map }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The original byte offset where the folded char at `folded_offset` comes from.
    fn original_offset(&self, folded_offset: usize) -> usize {
        if self.map.is_empty() {
            return folded_offset;
        }
        let folded_offset = offset(folded_offset);
        let index = self
            .map
            .partition_point(|&(folded, _)| folded < folded_offset);
        self.map
            .get(index)
            .map_or(0, |&(_, original)| original as usize)
    }

    /// The original byte range of a match at `folded_range` (before widening to clusters).
    pub fn original_range(&self, folded_range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.original_offset(folded_range.start)..self.original_end(folded_range.end)
    }

    /// The original byte offset where a match ending at `folded_end` ends: after the whole
    /// source of its last char, also when that source folded to several chars (`İ` → `i` and
    /// a combining dot) and the match holds only the first of them.
    fn original_end(&self, folded_end: usize) -> usize {
        if self.map.is_empty() {
            return folded_end;
        }
        let mut index = self
            .map
            .partition_point(|&(folded, _)| folded < offset(folded_end));
        if let Some(&(_, last_source)) = index.checked_sub(1).and_then(|last| self.map.get(last)) {
            while self
                .map
                .get(index)
                .is_some_and(|&(_, source)| source == last_source)
            {
                index += 1;
            }
        }
        self.map
            .get(index)
            .or(self.map.last())
            .map_or(0, |&(_, original)| original as usize)
    }
}

/// The map entries of folded text whose chars all sit where their sources do.
fn in_place_map(folded: &str) -> Vec<(u32, u32)> {
    folded
        .char_indices()
        .map(|(at, _)| (offset(at), offset(at)))
        .collect()
}

/// A query term folded the same way as the text.
pub fn fold(text: &str, letters: Letters) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, letters, |c, _| folded.push(c));
    folded
}

/// Offsets are stored as `u32`: one paragraph is far below 4 GiB.
fn offset(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// Feeds `emit` each folded char with the original byte offset it comes from.
fn fold_into(original: &str, letters: Letters, mut emit: impl FnMut(char, usize)) {
    let mut previous_space = false;
    let mut chars = original.char_indices().peekable();
    while let Some((origin, c)) = chars.next() {
        let c = match chars.peek().and_then(|&(_, mark)| compose(c, mark)) {
            Some(composed) => {
                chars.next();
                composed
            }
            None => c,
        };
        if is_invisible_format(c) {
            continue;
        }
        if c.is_whitespace() {
            if !previous_space {
                emit(' ', origin);
            }
            previous_space = true;
            continue;
        }
        previous_space = false;
        for lower in c.to_lowercase() {
            match letters {
                Letters::Exact => emit(lower, origin),
                _ if is_combining_mark(lower) => {}
                Letters::Folded => emit(fold_letter(lower), origin),
                Letters::Latin => fold_through_latin(lower, |c| emit(c, origin)),
            }
        }
    }
}

fn compose(base: char, mark: char) -> Option<char> {
    COMPOSITIONS
        .iter()
        .find(|&&(b, m, _)| b == base && m == mark)
        .map(|&(_, _, composed)| composed)
}

/// Kazakh letter, accent, then look-alike: each step's results are fixed points of the later
/// ones, so folding folded text changes nothing.
fn fold_letter(lower: char) -> char {
    FOLDED_LOW
        .get(lower as usize)
        .and_then(|&folded| char::from_u32(u32::from(folded)))
        .unwrap_or_else(|| fold_by_tables(lower))
}

const fn fold_by_tables(lower: char) -> char {
    let plain = match lookup(LETTER_FOLDS, lower) {
        Some(folded) => folded,
        None => match strip_latin_accent(lower) {
            Some(base) => base,
            None => lower,
        },
    };
    match lookup(CYRILLIC_LOOK_ALIKES, plain) {
        Some(cyrillic) => cyrillic,
        None => plain,
    }
}

/// `fold_letter` for U+0000–U+04FF (ASCII, Latin-1 and Extended-A, Cyrillic), where nearly all
/// text suhbat folds lies, computed at compile time from the tables above. Every fold there is
/// in the same range, so two bytes hold it (half the WASM a `char` table takes).
static FOLDED_LOW: [u16; 0x500] = {
    let mut folded = [0; 0x500];
    let mut code = 0;
    while code < 0x500 {
        let fold = fold_by_tables(char::from_u32(code as u32).expect("no surrogate below 0x500"));
        assert!((fold as u32) < 0x500, "a fold leaves the table's range");
        folded[code] = fold as u16;
        code += 1;
    }
    folded
};

/// A lowercase letter's Latin rendering, folded like Latin text (`қ` → `k`, `ä` → `a`).
fn fold_through_latin(lower: char, mut emit: impl FnMut(char)) {
    let plain = |c: char| {
        lookup(LETTER_FOLDS, c)
            .or_else(|| strip_latin_accent(c))
            .unwrap_or(c)
    };
    let nearest = lookup(LETTER_FOLDS, lower).unwrap_or(lower);
    match latin_rendering(nearest) {
        Some(rendering) => rendering.chars().for_each(|c| emit(plain(c))),
        None => emit(plain(nearest)),
    }
}

const fn lookup(table: &[(char, char)], c: char) -> Option<char> {
    let mut row = 0;
    while row < table.len() {
        if table[row].0 == c {
            return Some(table[row].1);
        }
        row += 1;
    }
    None
}

/// Common precomposed Latin letters with accents, folded to their base, as browsers' find does.
const fn strip_latin_accent(c: char) -> Option<char> {
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'į' => 'i',
        'ò'..='õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='û' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ć' | 'č' => 'c',
        'ń' | 'ň' => 'n',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ř' => 'r',
        'ď' => 'd',
        'ť' => 't',
        'ł' => 'l',
        _ => return None,
    };
    Some(base)
}

/// Soft hyphens, zero-width and bidirectional controls: invisible, so never part of a match.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{ad}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}')
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

/// The cluster boundaries of `text` (see `cluster_boundaries`) when some cluster has more than
/// one char; `None` when every char is a cluster of its own, as in most text.
pub fn multi_char_clusters(text: &str) -> Option<Vec<u32>> {
    if text.chars().all(is_own_cluster) {
        return None;
    }
    Some(cluster_boundaries(text)).filter(|boundaries| boundaries.len() != text.chars().count() + 1)
}

/// Chars that never join a neighbour in a grapheme cluster (Unicode's rules give them no
/// combining, joining, prepending or spacing-mark role): Latin, Greek, Cyrillic, and common
/// punctuation. Checking this is far quicker than segmenting the text. Carriage return is out:
/// it joins a following line feed.
fn is_own_cluster(c: char) -> bool {
    matches!(c,
        '\0'..='\u{c}'
        | '\u{e}'..='\u{2ff}'
        | '\u{370}'..='\u{482}'
        | '\u{48a}'..='\u{52f}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}')
}

/// Byte offsets where the grapheme clusters of `text` start, and its length.
pub fn cluster_boundaries(text: &str) -> Vec<u32> {
    text.grapheme_indices(true)
        .map(|(index, _)| offset(index))
        .chain([offset(text.len())])
        .collect()
}

/// `range` widened to the clusters it touches: its start moved back to a cluster start, its end
/// forward to a cluster end; an empty range covers the cluster it sits in.
pub fn widen_to_clusters(
    range: std::ops::Range<usize>,
    boundaries: &[u32],
) -> std::ops::Range<usize> {
    let start = offset(range.start);
    let start_index = boundaries
        .partition_point(|&b| b <= start)
        .saturating_sub(1);
    let end = offset(range.end).max(start + 1);
    let end_index = boundaries
        .partition_point(|&b| b < end)
        .min(boundaries.len() - 1);
    boundaries[start_index] as usize..boundaries[end_index] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        fold(text, Letters::Folded)
    }

    #[test]
    fn kazakh_letters_fold_to_what_a_russian_keyboard_types() {
        assert_eq!(folded("Тоқаев"), "токаев");
        assert_eq!(folded("ҚАЗАҚСТАН"), "казакстан");
        assert_eq!(folded("әғқңөұүһіё"), "агкноуухие");
        assert_eq!(folded("ӘҒҚҢӨҰҮҺІЁ"), "агкноуухие");
    }

    #[test]
    fn exact_letters_keep_kazakh_letters_but_ignore_case() {
        assert_eq!(fold("ТОҚАЕВ", Letters::Exact), "тоқаев");
        assert_ne!(
            fold("Тоқаев", Letters::Exact),
            fold("Токаев", Letters::Exact)
        );
    }

    #[test]
    fn latin_look_alikes_inside_cyrillic_words_become_cyrillic() {
        // Latin a, o, i and e typed among Cyrillic letters.
        assert_eq!(folded("Тоқaeв"), "токаев");
        assert_eq!(folded("бiрлiк"), folded("бірлік"));
        assert_eq!(folded("əлем"), folded("әлем"));
        // Latin words fold alike in query and text, so they still find each other.
        assert_eq!(folded("Tokayev"), folded("TOKAYEV"));
    }

    #[test]
    fn kazakh_latin_letters_fold_to_plain_latin() {
        assert_eq!(folded("Qazaqstan"), folded("kazakstan"));
        assert_eq!(
            folded("Türksoi Ğalym Ñ Ş Ū İ ı Ä Ö"),
            folded("turksoi galym n s u i i a o")
        );
    }

    #[test]
    fn through_latin_both_scripts_meet() {
        let latin = |text| fold(text, Letters::Latin);
        assert_eq!(latin("Тоқаев"), "tokaev");
        assert_eq!(latin("Toqaev"), "tokaev");
        assert_eq!(latin("TOKAEV"), "tokaev");
        assert_eq!(latin("Қазақстан"), latin("Qazaqstan"));
        assert_eq!(latin("бейбітшілік"), latin("beibıtşılık"));
        assert_eq!(latin("ТҮРКСОЙ"), latin("TÜRKSOİ"));
        assert_eq!(latin("интеграциялық"), "integratsiialyk");
    }

    #[test]
    fn decomposed_letters_match_precomposed_ones() {
        assert_eq!(folded("ұи\u{306}ым"), folded("ұйым"));
        assert_eq!(
            fold("ұи\u{306}ым", Letters::Exact),
            fold("ұйым", Letters::Exact)
        );
        assert_eq!(folded("е\u{308}"), "е");
        assert_eq!(folded("cafe\u{301}"), folded("café"));
    }

    #[test]
    fn invisible_controls_are_ignored() {
        assert_eq!(folded("\u{202e}То\u{ad}қа\u{200b}ев\u{200f}"), "токаев");
    }

    #[test]
    fn whitespace_runs_are_one_space() {
        assert_eq!(folded("а \u{a0}\t б\n"), "а б ");
    }

    #[test]
    fn folded_ranges_map_back_to_the_original() {
        let original = "Ол  Қ.Тоқаевтың";
        let text = FoldedText::new(original, Letters::Folded);
        let start = text.as_str().find("токаев").unwrap();
        let range = text.original_range(start..start + "токаев".len());
        assert_eq!(&original[range], "Тоқаев");
        let space = text.as_str().find(' ').unwrap();
        assert_eq!(&original[text.original_range(space..space + 1)], "  ");
    }

    #[test]
    fn a_match_inside_a_letter_that_folds_to_two_marks_the_whole_letter() {
        let original = "сİз";
        let text = FoldedText::new(original, Letters::Exact);
        let start = text.as_str().find('i').unwrap();
        assert_eq!(&original[text.original_range(start..start + 1)], "İ");
        let whole = text.original_range(0..text.as_str().len());
        assert_eq!(&original[whole], original);
    }

    #[test]
    fn text_folded_in_place_needs_no_map_and_shifted_text_keeps_one() {
        for (original, in_place) in [
            ("Қазақстан мен Тоқаев", true),
            ("Ол  Қазақстан", false),
            ("ол\u{200b}Қазақстан", false),
            ("Қазақстан бар\u{200b}", false),
        ] {
            let text = FoldedText::new(original, Letters::Folded);
            assert_eq!(text.map.is_empty(), in_place, "{original:?}");
            let start = text.as_str().find("казакстан").unwrap();
            let range = text.original_range(start..start + "казакстан".len());
            assert_eq!(&original[range], "Қазақстан", "{original:?}");
        }
    }

    #[test]
    fn clusters_are_kept_only_where_one_has_several_chars() {
        for plain in [
            "Қазақстан — «бейбітшілік»!",
            "Qazaqstan, 2025 ж.",
            "Ἀθῆναι",
            "",
        ] {
            assert_eq!(multi_char_clusters(plain), None, "{plain:?}");
        }
        for joined in ["е\u{301}", "а\r\nб", "👨‍👩‍👧", "🇰🇿", "क्ष"] {
            let boundaries = multi_char_clusters(joined).expect(joined);
            assert_eq!(boundaries, cluster_boundaries(joined), "{joined:?}");
        }
        // Outside the quick check, segmenting decides: one char per cluster is no clusters.
        assert_eq!(multi_char_clusters("中文"), None);
    }

    /// The quick check agrees with segmenting on every char it lets through.
    #[test]
    fn chars_said_to_stand_alone_never_join_a_neighbour() {
        let alone: Vec<char> = (0..=0x2100u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_own_cluster(c))
            .collect();
        let joined = |pair: [char; 2]| pair.iter().collect::<String>().graphemes(true).count() == 1;
        for &c in &alone {
            for other in ['a', 'ә', '\r', '\n', '\u{301}', '\u{200d}', '\u{1f1f0}', c] {
                assert!(
                    !joined([c, other]) || !is_own_cluster(other),
                    "{c:?} {other:?}"
                );
                assert!(
                    !joined([other, c]) || !is_own_cluster(other),
                    "{other:?} {c:?}"
                );
            }
        }
    }

    #[test]
    fn ranges_widen_to_whole_clusters() {
        let text = "ае\u{301}б👨‍👩‍👧x";
        let boundaries = cluster_boundaries(text);
        let e = "а".len();
        assert_eq!(&text[widen_to_clusters(e..e + 1, &boundaries)], "е\u{301}");
        let family = text.find('👩').unwrap();
        assert_eq!(
            &text[widen_to_clusters(family..family + 4, &boundaries)],
            "👨‍👩‍👧"
        );
        assert_eq!(&text[widen_to_clusters(0..0, &boundaries)], "а");
    }
}
