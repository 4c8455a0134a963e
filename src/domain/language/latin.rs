//! Kazakh Cyrillic in the official Latin alphabet of 2021.
//!
//! One table holds every letter. Casing is Turkic (`ı`/`I`, `i`/`İ`), which Rust's Unicode case
//! mapping is not, so the transliterator writes case itself: a letter keeps the case of its
//! Cyrillic source (title case for letters that become two), and a word written in capitals
//! (ТҮРКСОЙ) stays in capitals (TÜRKSOİ). Everything that is not Cyrillic passes unchanged.

/// Each Cyrillic letter (upper, lower) and its Latin rendering in lower case. Ъ and Ь drop.
/// The renderings of the loan letters Ц Ч Щ Ё Ю Я differ between sources; these are ours.
pub const LATIN_ALPHABET: &[(char, char, &str)] = &[
    ('А', 'а', "a"),
    ('Ә', 'ә', "ä"),
    ('Б', 'б', "b"),
    ('В', 'в', "v"),
    ('Г', 'г', "g"),
    ('Ғ', 'ғ', "ğ"),
    ('Д', 'д', "d"),
    ('Е', 'е', "e"),
    ('Ё', 'ё', "io"),
    ('Ж', 'ж', "j"),
    ('З', 'з', "z"),
    ('И', 'и', "i"),
    ('Й', 'й', "i"),
    ('К', 'к', "k"),
    ('Қ', 'қ', "q"),
    ('Л', 'л', "l"),
    ('М', 'м', "m"),
    ('Н', 'н', "n"),
    ('Ң', 'ң', "ñ"),
    ('О', 'о', "o"),
    ('Ө', 'ө', "ö"),
    ('П', 'п', "p"),
    ('Р', 'р', "r"),
    ('С', 'с', "s"),
    ('Т', 'т', "t"),
    ('У', 'у', "u"),
    ('Ұ', 'ұ', "ū"),
    ('Ү', 'ү', "ü"),
    ('Ф', 'ф', "f"),
    ('Х', 'х', "h"),
    ('Һ', 'һ', "h"),
    ('Ц', 'ц', "ts"),
    ('Ч', 'ч', "ch"),
    ('Ш', 'ш', "ş"),
    ('Щ', 'щ', "şş"),
    ('Ъ', 'ъ', ""),
    ('Ы', 'ы', "y"),
    ('І', 'і', "ı"),
    ('Ь', 'ь', ""),
    ('Э', 'э', "e"),
    ('Ю', 'ю', "iu"),
    ('Я', 'я', "ia"),
];

/// The lowercase Latin rendering of a Kazakh Cyrillic letter (either case).
pub fn latin_rendering(c: char) -> Option<&'static str> {
    let index = (c as u32).wrapping_sub(CYRILLIC_BLOCK) as usize;
    RENDERINGS.get(index).copied().flatten()
}

/// Where the Cyrillic block starts: every letter of the table lies in U+0400–U+04FF.
const CYRILLIC_BLOCK: u32 = 0x400;

/// `LATIN_ALPHABET` indexed by code point, built at compile time: the table stays the one
/// place the letters are written, and a lookup (once per character of every text) is an index.
static RENDERINGS: [Option<&str>; 0x100] = {
    let mut renderings = [None; 0x100];
    let mut row = 0;
    while row < LATIN_ALPHABET.len() {
        let (upper, lower, rendering) = LATIN_ALPHABET[row];
        renderings[(upper as u32 - CYRILLIC_BLOCK) as usize] = Some(rendering);
        renderings[(lower as u32 - CYRILLIC_BLOCK) as usize] = Some(rendering);
        row += 1;
    }
    renderings
};

enum Case {
    Lower,
    Title,
    Upper,
}

/// `text` with its Kazakh Cyrillic letters in the 2021 Latin alphabet.
pub fn to_latin(text: &str) -> String {
    let mut latin = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len())
            .max(c.len_utf8());
        let (word, after) = rest.split_at(word_len);
        write_word(word, &mut latin);
        rest = after;
    }
    latin
}

/// A word (a run of letters, or one other character) in Latin letters.
fn write_word(word: &str, latin: &mut String) {
    let cased: Vec<bool> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(char::is_uppercase)
        .collect();
    let all_caps = cased.len() >= 2 && cased.iter().all(|&upper| upper);
    for c in word.chars() {
        let Some(&(upper, _, rendering)) =
            LATIN_ALPHABET.iter().find(|&&(u, l, _)| c == u || c == l)
        else {
            latin.push(c);
            continue;
        };
        let case = match (c == upper, all_caps) {
            (false, _) => Case::Lower,
            (true, true) => Case::Upper,
            (true, false) => Case::Title,
        };
        for (index, letter) in rendering.chars().enumerate() {
            match case {
                Case::Upper => push_turkic_upper(letter, latin),
                Case::Title if index == 0 => push_turkic_upper(letter, latin),
                _ => latin.push(letter),
            }
        }
    }
}

/// Upper case as Kazakh and Turkish write it: `i` → `İ`, `ı` → `I`.
fn push_turkic_upper(letter: char, latin: &mut String) {
    latin.push(match letter {
        'i' => 'İ',
        'ı' => 'I',
        _ => rendering_upper(letter),
    });
}

/// The upper case of a letter of the renderings (ASCII, Latin-1 and the Latin Extended-A
/// letters ğ ş ū), by arithmetic: `char::to_uppercase` would bring Unicode's whole case table
/// (12 KB) into the WASM for these few letters.
const fn rendering_upper(letter: char) -> char {
    let code = letter as u32;
    let upper = match letter {
        'a'..='z' | 'à'..='ö' | 'ø'..='þ' => code - 0x20,
        'ğ' | 'ş' | 'ū' => code - 1,
        _ => code,
    };
    match char::from_u32(upper) {
        Some(upper) => upper,
        None => letter,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_rendering_letter_uppercases_as_unicode_does() {
        for &(_, _, rendering) in super::LATIN_ALPHABET {
            for letter in rendering.chars().filter(|&c| c != 'i' && c != 'ı') {
                let unicode: Vec<char> = letter.to_uppercase().collect();
                assert_eq!([super::rendering_upper(letter)], *unicode, "{letter}");
            }
        }
    }

    use super::*;

    #[test]
    fn every_letter_of_the_table_in_both_cases() {
        let upper_renderings = [
            "A", "Ä", "B", "V", "G", "Ğ", "D", "E", "İo", "J", "Z", "İ", "İ", "K", "Q", "L", "M",
            "N", "Ñ", "O", "Ö", "P", "R", "S", "T", "U", "Ū", "Ü", "F", "H", "H", "Ts", "Ch", "Ş",
            "Şş", "", "Y", "I", "", "E", "İu", "İa",
        ];
        assert_eq!(LATIN_ALPHABET.len(), 42);
        for (&(upper, lower, rendering), expected_upper) in
            LATIN_ALPHABET.iter().zip(upper_renderings)
        {
            assert_eq!(to_latin(&lower.to_string()), rendering, "{lower}");
            assert_eq!(to_latin(&upper.to_string()), expected_upper, "{upper}");
        }
    }

    #[test]
    fn the_kazakh_note_examples() {
        for (cyrillic, latin) in [
            ("Тоқаев", "Toqaev"),
            ("Қасым-Жомарт", "Qasym-Jomart"),
            ("Қазақстан", "Qazaqstan"),
            ("бейбітшілік", "beibıtşılık"),
            ("Президенті", "Prezidentı"),
            ("саясат", "saiasat"),
            ("Азия", "Aziia"),
            ("интеграциялық", "integratsiialyq"),
            ("ТҮРКСОЙ", "TÜRKSOİ"),
            (
                "Бұрыңғы өткен заманда, бір данышпан кісі",
                "Būryñğy ötken zamanda, bır danyşpan kısı",
            ),
            ("сый", "syi"),
            ("үйіне", "üiıne"),
        ] {
            assert_eq!(to_latin(cyrillic), latin, "{cyrillic}");
        }
    }

    #[test]
    fn capitals_words_stay_in_capitals_with_turkic_i() {
        assert_eq!(to_latin("ОТГ (ТМҰ – түркі)"), "OTG (TMŪ – türkı)");
        assert_eq!(to_latin("ІЛИЯ ЦЕХ"), "ILİİA TSEH");
        assert_eq!(to_latin("Қ.Тоқаевтың"), "Q.Toqaevtyñ");
        assert_eq!(to_latin("Я"), "İa");
    }

    #[test]
    fn digits_punctuation_and_other_scripts_pass_unchanged() {
        assert_eq!(
            to_latin("30 жылдығына! «ТҮРКСОЙ» TURKSOY 2025-12-13 🇰🇿"),
            "30 jyldyğyna! «TÜRKSOİ» TURKSOY 2025-12-13 🇰🇿"
        );
        assert_eq!(to_latin(""), "");
    }
}
