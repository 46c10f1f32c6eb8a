//! The byte-level pieces of the link format: bit packing, CRC-16 and base64url.
//! Written out here (a few dozen lines) rather than pulled in as crates, to keep the wasm small.

/// Appends values of a given bit width, most significant bit first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    pub fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.used % 8);
            }
            self.used += 1;
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

pub struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    /// The next `width` bits, or None past the end.
    pub fn read(&mut self, width: u32) -> Option<u32> {
        let mut value = 0u32;
        for _ in 0..width {
            let byte = *self.bytes.get(self.pos / 8)?;
            value = (value << 1) | u32::from((byte >> (7 - self.pos % 8)) & 1);
            self.pos += 1;
        }
        Some(value)
    }

    /// True when every bit left (the padding of the last byte) is zero.
    pub fn rest_is_zero(&mut self) -> bool {
        while self.pos < self.bytes.len() * 8 {
            if self.read(1) != Some(0) {
                return false;
            }
        }
        true
    }
}

/// Bits needed to store the numbers 0..=max.
pub fn width_for(max: usize) -> u32 {
    usize::BITS - max.leading_zeros()
}

/// CRC-16/CCITT-FALSE: detects every single flipped bit and every burst up to 16 bits.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn is_base64url_char(byte: u8) -> bool {
    ALPHABET.contains(&byte)
}

/// The six bits a base64url character stands for.
pub fn sextet(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// base64url without padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes base64url without padding; None for any other character or an impossible length,
/// or when the unused low bits of the last character are not zero (so each code has one form).
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= sextet(c)? << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        if n & ((1 << (8 * (3 - produced))) - 1) != 0 {
            return None;
        }
        for i in 0..produced {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Decodes `%XX` escapes and `+` as space; None for a broken escape or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes a query or fragment value: all but ASCII letters, digits, `-`, `_` and `~`. The dot,
/// unreserved in RFC 3986, is escaped too, so a dot ending a link in a sentence is never part
/// of it (see [`without_closing_punctuation`]).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// A link's last value without what ends the sentence it was pasted or written in ("… #r=CODE.",
/// "(… #r=CODE)"): no code and no encoded name ends in these.
pub fn without_closing_punctuation(value: &str) -> &str {
    value.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"', '»', '«', '›', '‹', '“', '”', '‘',
        '’', '…',
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn base64url_rejects_foreign_characters_and_lengths() {
        assert_eq!(base64url_decode("Zm9v="), None);
        assert_eq!(base64url_decode("Zm+v"), None);
        assert_eq!(base64url_decode("Zm9vY"), None);
        assert_eq!(base64url_decode("Zh"), None, "non-zero padding bits");
        assert_eq!(base64url_decode("Zä9v"), None);
    }

    #[test]
    fn base64url_round_trips_every_short_input() {
        for len in 0..7usize {
            for seed in 0..300u32 {
                let bytes: Vec<u8> = (0..len)
                    .map(|i| (seed.wrapping_mul(2654435761).rotate_left(i as u32 * 5) >> 3) as u8)
                    .collect();
                assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
            }
        }
    }

    #[test]
    fn bits_round_trip() {
        let mut w = BitWriter::default();
        w.push(5, 3);
        w.push(0, 1);
        w.push(0b1_0110_1101, 9);
        let bytes = w.into_bytes();
        assert_eq!(bytes.len(), 2);
        let mut r = BitReader::new(&bytes);
        assert_eq!(r.read(3), Some(5));
        assert_eq!(r.read(1), Some(0));
        assert_eq!(r.read(9), Some(0b1_0110_1101));
        assert!(r.rest_is_zero());
        assert_eq!(r.read(1), None);
    }

    #[test]
    fn widths() {
        assert_eq!(width_for(1), 1);
        assert_eq!(width_for(2), 2);
        assert_eq!(width_for(3), 2);
        assert_eq!(width_for(4), 3);
        assert_eq!(width_for(7), 3);
        assert_eq!(width_for(8), 4);
    }

    #[test]
    fn crc_known_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn percent_coding() {
        assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(
            percent_decode("%e4"),
            None,
            "lone Latin-1 byte is not UTF-8"
        );
        assert_eq!(percent_decode("%"), None);
        let name = "Müller & Söhne <b>";
        assert_eq!(percent_decode(&percent_encode(name)).as_deref(), Some(name));
    }
}
