//! Sharing without a server: the result link's code, launch parameters, QR codes (all pure).

pub mod codec;
pub mod layout;
pub mod link;
pub mod params;
pub mod qr;
pub mod query;
