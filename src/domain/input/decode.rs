//! Bytes of a text file → text. Text files come as UTF-8; Windows editors also save UTF-16,
//! with a byte-order mark or (some tools) without; both are unambiguous, so they are read
//! rather than refused. A binary file (an image, a document) is named as such rather than
//! pointed at by its first byte that is not UTF-8.

use std::borrow::Cow;

/// Why bytes are not text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not UTF-8 (nor UTF-16, with or without a byte-order mark).
    NotUtf8 {
        /// Byte offset of the first byte that is not text.
        offset: usize,
        /// The 1-based line it is on.
        line: usize,
    },
    /// A NUL byte: the file is binary, not text.
    Binary {
        /// Byte offset of the NUL byte.
        offset: usize,
        /// The 1-based line it is on.
        line: usize,
    },
}

/// `bytes` as text. `plausible` says whether UTF-16 text read without a byte-order mark could
/// be what the caller expects (bytes of a binary file can decode as UTF-16 too).
pub fn decode(bytes: &[u8], plausible: fn(&str) -> bool) -> Result<Cow<'_, str>, DecodeError> {
    let utf16 = |to_unit: fn([u8; 2]) -> u16| {
        utf16_text(&bytes[2..], to_unit)
            .map(Cow::Owned)
            .map_err(|offset| DecodeError::NotUtf8 {
                offset: 2 + offset,
                line: 1,
            })
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(u16::from_le_bytes),
        [0xFE, 0xFF, ..] => utf16(u16::from_be_bytes),
        // NUL bytes: UTF-16 saved without a byte-order mark (the NULs are the high bytes of
        // ASCII, all on one side), else a binary file.
        _ if bytes.contains(&0) => {
            bom_less_utf16(bytes, plausible)
                .map(Cow::Owned)
                .ok_or_else(|| {
                    let offset = bytes.iter().position(|&b| b == 0).unwrap_or_default();
                    DecodeError::Binary {
                        offset,
                        line: line_of_offset(bytes, offset),
                    }
                })
        }
        _ => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
            let offset = e.valid_up_to();
            DecodeError::NotUtf8 {
                offset,
                line: line_of_offset(bytes, offset),
            }
        }),
    }
}

/// `bytes` read as UTF-16 without a byte-order mark, if their NUL bytes all fall on one side
/// of the 16-bit units and they decode to text that is `plausible` and has no control
/// characters but line breaks and tabs.
fn bom_less_utf16(bytes: &[u8], plausible: fn(&str) -> bool) -> Option<String> {
    let zero_at = |parity: usize| bytes.iter().skip(parity).step_by(2).any(|&b| b == 0);
    let to_unit: fn([u8; 2]) -> u16 = match (zero_at(0), zero_at(1)) {
        (false, true) => u16::from_le_bytes,
        (true, false) => u16::from_be_bytes,
        _ => return None,
    };
    let text = utf16_text(bytes, to_unit).ok()?;
    let has_controls = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    (plausible(&text) && !has_controls).then_some(text)
}

/// `body` read as UTF-16 with `to_unit` making each unit of two bytes; on failure, the byte
/// offset in `body` of the unit that is not UTF-16 (or of an odd last byte).
fn utf16_text(body: &[u8], to_unit: fn([u8; 2]) -> u16) -> Result<String, usize> {
    let units = body
        .chunks(2)
        .map(|pair| to_unit([pair[0], *pair.get(1).unwrap_or(&0)]));
    let mut text = String::with_capacity(body.len());
    for (index, unit) in char::decode_utf16(units).enumerate() {
        text.push(unit.map_err(|_| 2 * index)?);
    }
    if body.len() % 2 == 1 {
        return Err(body.len() - 1);
    }
    Ok(text)
}

/// The 1-based line of byte `offset`.
pub fn line_of_offset(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
}
