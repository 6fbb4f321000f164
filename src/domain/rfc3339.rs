//! Reading instants written as RFC 3339 text, the form every stored record uses
//! ("2026-11-20T10:00:00Z").
//!
//! chrono's own deserializer accepts a relaxed form through its general-purpose format parser,
//! which brings the parsers of every format chrono knows into the main wasm module. Everything
//! this app reads was written by chrono's serializer, which writes strict RFC 3339, so the strict
//! parser is enough and much smaller.

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, Visitor};

/// `#[serde(deserialize_with = "rfc3339::deserialize")]` for a `DateTime<Utc>`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    struct InstantVisitor;

    impl Visitor<'_> for InstantVisitor {
        type Value = DateTime<Utc>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("an RFC 3339 date and time such as \"2026-11-20T10:00:00Z\"")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            // A fixed message: the parser's own words would bring their formatting along.
            DateTime::parse_from_rfc3339(text)
                .map(|instant| instant.with_timezone(&Utc))
                .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
        }
    }

    deserializer.deserialize_str(InstantVisitor)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Stamped {
        #[serde(deserialize_with = "super::deserialize")]
        at: chrono::DateTime<chrono::Utc>,
    }

    fn read(json: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
        serde_json::from_str::<Stamped>(json).map(|stamped| stamped.at).map_err(|e| e.to_string())
    }

    #[test]
    fn what_chrono_writes_reads_back_and_anything_else_is_an_error() {
        let instant = chrono::Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).single();
        for written in [
            chrono::Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).single(),
            instant.map(|at| at + chrono::Duration::nanoseconds(123_456_789)),
            instant.map(|at| at + chrono::Duration::milliseconds(5)),
        ]
        .into_iter()
        .flatten()
        {
            let json =
                format!(r#"{{"at": {}}}"#, serde_json::to_string(&written).unwrap_or_default());
            assert_eq!(read(&json), Ok(written), "{json}");
        }
        assert_eq!(read(r#"{"at": "2026-11-20T12:00:00+02:00"}"#), Ok(instant.unwrap_or_default()));
        for bad in [r#"{"at": "yesterday"}"#, r#"{"at": 5}"#, r#"{"at": "2026-13-01T00:00:00Z"}"#] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }
}
