//! A QR code of a link as an SVG path: one unit per module, a quiet zone of four modules.

use qrcodegen::{QrCode, QrCodeEcc};

pub const QUIET_ZONE: usize = 4;

pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub size: usize,
    /// The dark modules, as the `d` of one `<path>`.
    pub path: String,
}

/// None when the text is too long for any QR code. The lowest error correction the size
/// allows (raised where it costs no modules): fewer, larger modules scan better off a screen.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let (px, py) = (start as usize + QUIET_ZONE, y as usize + QUIET_ZONE);
            path.push_str(&format!("M{px} {py}h{}v1h-{}z", x - start, x - start));
        }
    }
    Some(QrSvg {
        size: n as usize + 2 * QUIET_ZONE,
        path,
    })
}

/// The modules back from a path this module made: for tests that decode the code again.
pub fn modules_from_path(svg: &QrSvg) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; svg.size]; svg.size];
    for cell in svg.path.split('M').filter(|c| !c.is_empty()) {
        let numbers: Vec<usize> = cell
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [x, y, run, ..] = numbers[..] {
            for col in grid[y].iter_mut().skip(x).take(run) {
                *col = true;
            }
        }
    }
    grid
}
