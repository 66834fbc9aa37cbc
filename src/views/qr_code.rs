//! Kratos's TOTP QR code, redrawn with one pixel per module.
//!
//! Kratos draws the code as a 256×256 PNG of 16-bit grey samples: about 2 KB that no
//! compression shrinks, two fifths of a settings page on the wire. The same code
//! with one pixel per module, quiet zone included, is a 1-bit PNG a quarter of that size (a
//! 53-module code: 558 bytes);
//! the page shows it in the same box (Kratos's width and height), and the stylesheet keeps
//! its edges sharp (`image-rendering: pixelated`), so a phone reads the same code.
//!
//! Lossless or not at all: the image is redrawn only when every pixel is black or white and
//! the dark pixels form one square grid of uniform modules whose top row starts with a finder
//! pattern (seven dark modules) and whose size is a QR code's (21, 25, … 177 modules). Any
//! other image, and any image that is not a base64 PNG, is drawn as Kratos sent it.
//!
//! Decoding costs about a tenth of a millisecond, and a flow's code is drawn again on every
//! save and reload: the last few answers are kept (the code is per flow and carries the TOTP
//! secret the page shows in text beside it anyway; the cache lives in this process only).

use std::borrow::Cow;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

const PNG_DATA_URI: &str = "data:image/png;base64,";
/// White modules around the code, as the QR specification asks.
const QUIET_ZONE: usize = 4;
/// How many redrawn codes are kept.
const KEPT: usize = 16;
/// The widest and tallest image decoded, in pixels.
const MAX_SIDE: u32 = 1024;

/// A source and what it is drawn as (`None`: as it is).
type Redrawn = (Arc<str>, Option<Arc<str>>);
static RECENT: Mutex<VecDeque<Redrawn>> = Mutex::new(VecDeque::new());

/// The image source to draw for Kratos's `src`: the code redrawn small, or `src` itself.
pub fn lighter_src(src: &str) -> Cow<'_, str> {
    if !src.starts_with(PNG_DATA_URI) {
        return Cow::Borrowed(src);
    }
    let recent = |recent: &VecDeque<Redrawn>| {
        recent
            .iter()
            .find(|(kept, _)| **kept == *src)
            .map(|(_, redrawn)| redrawn.clone())
    };
    let kept = recent(&RECENT.lock().unwrap_or_else(PoisonError::into_inner));
    let redrawn = kept.unwrap_or_else(|| {
        let redrawn = redraw(src).map(Arc::from);
        let mut recent = RECENT.lock().unwrap_or_else(PoisonError::into_inner);
        recent.push_front((Arc::from(src), redrawn.clone()));
        recent.truncate(KEPT);
        redrawn
    });
    match redrawn {
        Some(redrawn) => Cow::Owned(redrawn.to_string()),
        None => Cow::Borrowed(src),
    }
}

fn redraw(src: &str) -> Option<String> {
    let png = STANDARD.decode(src.strip_prefix(PNG_DATA_URI)?).ok()?;
    let image = Bilevel::decode(&png)?;
    let modules = image.modules()?;
    Some(format!(
        "{PNG_DATA_URI}{}",
        STANDARD.encode(encode(&modules)?)
    ))
}

/// A black-and-white image: `dark[y * width + x]`.
struct Bilevel {
    width: usize,
    height: usize,
    dark: Vec<bool>,
}

impl Bilevel {
    /// The image, if it is a PNG whose every pixel is black or white.
    fn decode(png: &[u8]) -> Option<Self> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::STRIP_16 | png::Transformations::EXPAND);
        let mut reader = decoder.read_info().ok()?;
        // Kratos draws 256 pixels square; a header claiming far more is not decoded at all (its
        // pixels would be allocated before a single one is read).
        let info = reader.info();
        if info.width > MAX_SIDE || info.height > MAX_SIDE {
            return None;
        }
        if reader.output_color_type() != (png::ColorType::Grayscale, png::BitDepth::Eight) {
            return None;
        }
        let mut pixels = vec![0; reader.output_buffer_size()?];
        let frame = reader.next_frame(&mut pixels).ok()?;
        let (width, height) = (frame.width as usize, frame.height as usize);
        let pixels = pixels.get(..width * height)?;
        if pixels.iter().any(|&grey| grey != 0 && grey != 255) {
            return None;
        }
        Some(Self {
            width,
            height,
            dark: pixels.iter().map(|&grey| grey == 0).collect(),
        })
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }

    /// The QR code's modules, `true` for dark, row by row, if the image is exactly one code
    /// drawn on a grid of square modules.
    fn modules(&self) -> Option<Vec<Vec<bool>>> {
        let dark_row = |y: &usize| (0..self.width).any(|x| self.is_dark(x, *y));
        let dark_column = |x: &usize| (0..self.height).any(|y| self.is_dark(*x, y));
        let (top, bottom) = (
            (0..self.height).find(dark_row)?,
            (0..self.height).rfind(dark_row)?,
        );
        let (left, right) = (
            (0..self.width).find(dark_column)?,
            (0..self.width).rfind(dark_column)?,
        );
        let side = right - left + 1;
        if bottom - top + 1 != side || !self.is_dark(left, top) {
            return None;
        }
        // The finder pattern's top edge: seven dark modules in a row.
        let run = (left..=right).take_while(|&x| self.is_dark(x, top)).count();
        if run % 7 != 0 {
            return None;
        }
        let module = run / 7;
        let count = side / module;
        if side % module != 0 || !(21..=177).contains(&count) || (count - 17) % 4 != 0 {
            return None;
        }
        let modules: Vec<Vec<bool>> = (0..count)
            .map(|row| {
                (0..count)
                    .map(|column| self.is_dark(left + column * module, top + row * module))
                    .collect()
            })
            .collect();
        let uniform = (top..=bottom).all(|y| {
            (left..=right)
                .all(|x| self.is_dark(x, y) == modules[(y - top) / module][(x - left) / module])
        });
        uniform.then_some(modules)
    }
}

/// A 1-bit PNG of `modules` inside the quiet zone, one pixel per module.
fn encode(modules: &[Vec<bool>]) -> Option<Vec<u8>> {
    let side = modules.len() + 2 * QUIET_ZONE;
    let row_bytes = side.div_ceil(8);
    // White is 1 in a greyscale PNG: start all white, clear the dark modules.
    let mut rows = vec![0xff; row_bytes * side];
    for (y, row) in modules.iter().enumerate() {
        for (x, _) in row.iter().enumerate().filter(|(_, dark)| **dark) {
            let (x, y) = (x + QUIET_ZONE, y + QUIET_ZONE);
            rows[y * row_bytes + x / 8] &= !(0x80 >> (x % 8));
        }
    }
    let mut png = Vec::new();
    let side = u32::try_from(side).ok()?;
    let mut encoder = png::Encoder::new(&mut png, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    encoder.set_compression(png::Compression::High);
    // Bits, not bytes, are pixels here: a filter only adds a byte per row to undo.
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&rows).ok()?;
    writer.finish().ok()?;
    Some(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 21-module grid with a finder pattern in its corners and a few dark modules, drawn
    /// at `scale` pixels per module with `margin` white pixels around it, as 8-bit grey.
    fn drawn(scale: usize, margin: usize, grey_pixel: bool) -> (Vec<Vec<bool>>, String) {
        let count = 21;
        let finder = |x: usize, y: usize| {
            let (x, y) = (x as isize, y as isize);
            let ring = x.max(y) == 6 || x.min(y) == 0;
            let core = (2..=4).contains(&x) && (2..=4).contains(&y);
            (0..7).contains(&x) && (0..7).contains(&y) && (ring || core)
        };
        let modules: Vec<Vec<bool>> = (0..count)
            .map(|y| {
                (0..count)
                    .map(|x| {
                        finder(x, y)
                            || finder(count - 1 - x, y)
                            || finder(x, count - 1 - y)
                            || (x * 7 + y * 3) % 5 == 0 && x > 8 && y > 8
                    })
                    .collect()
            })
            .collect();
        let side = count * scale + 2 * margin;
        let mut pixels = vec![255u8; side * side];
        for y in 0..count * scale {
            for x in 0..count * scale {
                if modules[y / scale][x / scale] {
                    pixels[(y + margin) * side + x + margin] = 0;
                }
            }
        }
        if grey_pixel {
            pixels[0] = 128;
        }
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&pixels).unwrap();
        writer.finish().unwrap();
        (modules, format!("{PNG_DATA_URI}{}", STANDARD.encode(png)))
    }

    fn modules_of(src: &str) -> Vec<Vec<bool>> {
        let png = STANDARD
            .decode(src.strip_prefix(PNG_DATA_URI).unwrap())
            .unwrap();
        let image = Bilevel::decode(&png).unwrap();
        assert_eq!(image.width, 21 + 2 * QUIET_ZONE);
        (0..image.height)
            .skip(QUIET_ZONE)
            .take(21)
            .map(|y| {
                (QUIET_ZONE..QUIET_ZONE + 21)
                    .map(|x| image.is_dark(x, y))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_code_is_redrawn_one_pixel_per_module_with_the_same_modules() {
        let (modules, src) = drawn(7, 12, false);
        let lighter = lighter_src(&src);
        assert!(
            lighter.len() * 2 < src.len(),
            "{} of {}",
            lighter.len(),
            src.len()
        );
        assert_eq!(modules_of(&lighter), modules);
        assert_eq!(lighter_src(&src), lighter, "kept, the same answer");
    }

    #[test]
    fn anything_but_an_exact_grid_is_drawn_as_it_came() {
        let (_, grey) = drawn(7, 12, true);
        assert_eq!(lighter_src(&grey), grey, "a grey pixel");
        let mut wide = Vec::new();
        let mut encoder = png::Encoder::new(&mut wide, MAX_SIDE + 1, 1);
        encoder.set_color(png::ColorType::Grayscale);
        let mut writer = encoder.write_header().unwrap();
        writer
            .write_image_data(&[255; MAX_SIDE as usize + 1])
            .unwrap();
        writer.finish().unwrap();
        let wide = format!("{PNG_DATA_URI}{}", STANDARD.encode(wide));
        assert_eq!(lighter_src(&wide), wide, "wider than any code Kratos draws");
        for src in [
            "https://example.com/qr.png",
            "data:image/png;base64,not base64",
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/svg+xml;base64,PHN2Zy8+",
        ] {
            assert_eq!(lighter_src(src), src);
        }
    }

    /// Kratos v1.3.1's own code (captured for the gallery): a 256-pixel PNG of 16-bit grey,
    /// redrawn with the same modules.
    #[test]
    fn kratos_s_code_is_redrawn_losslessly() {
        let fixture: serde_json::Value = serde_json::from_str(include_str!(
            "../../tests/fixtures/gallery/settings-fresh.json"
        ))
        .unwrap();
        let nodes = fixture["ui"]["nodes"].as_array().unwrap();
        let src = nodes
            .iter()
            .find(|node| node["attributes"]["id"] == "totp_qr")
            .and_then(|node| node["attributes"]["src"].as_str())
            .unwrap();
        let lighter = redraw(src).expect("redrawn");
        assert!(
            lighter.len() * 3 < src.len(),
            "{} of {}",
            lighter.len(),
            src.len()
        );

        let original = Bilevel::decode(
            &STANDARD
                .decode(src.strip_prefix(PNG_DATA_URI).unwrap())
                .unwrap(),
        )
        .unwrap();
        let modules = original.modules().unwrap();
        let png = STANDARD
            .decode(lighter.strip_prefix(PNG_DATA_URI).unwrap())
            .unwrap();
        let redrawn = Bilevel::decode(&png).unwrap();
        let side = modules.len();
        assert_eq!(redrawn.width, side + 2 * QUIET_ZONE);
        for (y, row) in modules.iter().enumerate() {
            for (x, dark) in row.iter().enumerate() {
                assert_eq!(redrawn.is_dark(x + QUIET_ZONE, y + QUIET_ZONE), *dark);
            }
        }
        let dark_in_quiet_zone = (0..redrawn.height).any(|y| {
            (0..redrawn.width).any(|x| {
                let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + side).contains(&v);
                redrawn.is_dark(x, y) && !(inside(x) && inside(y))
            })
        });
        assert!(!dark_in_quiet_zone);
    }
}
