//! The QR code on the result page really holds the result link: drawn from the SVG path the
//! page shows, then read back by a QR decoder.
#![cfg(not(target_arch = "wasm32"))]

use readiness_check::assessment::examples;
use readiness_check::share::link;
use readiness_check::share::qr::{modules_from_path, qr_svg, QUIET_ZONE};

fn read_back(text: &str) -> String {
    let svg = qr_svg(text).expect("the link fits in a QR code");
    let grid = modules_from_path(&svg);
    let scale = 6;
    let size = svg.size * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        if grid[y / scale][x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn the_result_links_qr_code_reads_back_as_the_link() {
    for answers in [
        examples::strong_answers(),
        examples::plumber(),
        examples::kunde_2(),
    ] {
        let url = format!(
            "https://agentur.example/tools/check/#r={}",
            link::encode(&answers)
        );
        assert_eq!(read_back(&url), url);
    }
}

#[test]
fn a_comparison_link_fits_too() {
    let url = "https://agentur.example/tools/check/#c=AZSOZH__4PUZ.AZAlIi_9oAxO.AdKR411UwPIe&n=Anna,Ben,J%C3%BCrgen";
    assert_eq!(read_back(url), url);
}

#[test]
fn the_code_has_its_quiet_zone() {
    let svg = qr_svg("https://x.example/#r=AZSOZH__4PUZ").unwrap();
    let grid = modules_from_path(&svg);
    for (y, row) in grid.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            let margin = x < QUIET_ZONE
                || y < QUIET_ZONE
                || x >= svg.size - QUIET_ZONE
                || y >= svg.size - QUIET_ZONE;
            assert!(
                !(margin && dark),
                "dark module in the quiet zone at {x},{y}"
            );
        }
    }
    assert!(grid.iter().flatten().filter(|&&d| d).count() > 100);
}

/// Twelve participants with long names: the longest comparison link people make. It still
/// reads back; a text too long for any QR code gives none (the panel says so instead).
#[test]
fn a_full_comparison_link_fits_and_an_overlong_text_gives_no_code() {
    use readiness_check::workshop::{encode_link, Workshop, MAX_NAME_CHARS, MAX_PARTICIPANTS};
    let mut w = Workshop::new();
    for i in 0..MAX_PARTICIPANTS {
        let name: String = format!("Jürgen Öztürk-Weiß {i} ")
            .chars()
            .cycle()
            .take(MAX_NAME_CHARS)
            .collect();
        w.add(&name, examples::kunde_2()).unwrap();
    }
    let url = format!("https://agentur.example/tools/check/#{}", encode_link(&w));
    assert!(url.len() > 1000, "{}", url.len());
    assert_eq!(read_back(&url), url);
    assert!(qr_svg(&"x".repeat(8000)).is_none());
}
