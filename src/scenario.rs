//! Scenario files: `scenarios/*.toml` (title, topic, summary, source, notes) and plain
//! `.py` programs, which are scenarios titled by their file name. The bundled library is
//! embedded in the binary so the app works from any directory.

use serde::Deserialize;
use std::path::Path;
use thiserror::Error;

/// A note shown when a line runs.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Note {
    pub line: u32,
    pub text: String,
}

/// A scenario: a real Python program plus teaching text.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Scenario {
    pub title: String,
    #[serde(default = "default_topic")]
    pub topic: String,
    #[serde(default)]
    pub summary: String,
    pub source: String,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Open the scenario running as a free-threaded 3.13t build on this many simulated
    /// cores (the timeline view can switch back to the GIL).
    #[serde(default)]
    pub free_threaded_cores: Option<u32>,
    /// The file it came from (`scenarios/x.toml` for bundled ones).
    #[serde(skip)]
    pub path: String,
}

fn default_topic() -> String {
    "python".to_string()
}

/// Why a scenario could not be loaded.
#[derive(Debug, Error)]
pub enum ScenarioError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a valid scenario file: {message}")]
    Format { path: String, message: String },
}

impl Scenario {
    /// Parses a scenario from TOML text.
    pub fn from_toml(text: &str, path: &str) -> Result<Self, ScenarioError> {
        let mut s: Scenario = toml::from_str(text).map_err(|e| ScenarioError::Format {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        s.path = path.to_string();
        Ok(s)
    }

    /// A plain program as a scenario.
    pub fn from_python(text: &str, path: &str) -> Self {
        let title = Path::new(path)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string());
        Scenario {
            title,
            topic: "python".to_string(),
            summary: String::new(),
            source: text.to_string(),
            notes: Vec::new(),
            free_threaded_cores: None,
            path: path.to_string(),
        }
    }

    /// Loads a `.toml` scenario or a `.py` program from disk.
    pub fn load(path: &Path) -> Result<Self, ScenarioError> {
        let p = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ScenarioError::Io {
            path: p.clone(),
            source: e,
        })?;
        if path.extension().is_some_and(|e| e == "toml") {
            Self::from_toml(&text, &p)
        } else {
            Ok(Self::from_python(&text, &p))
        }
    }
}

/// The bundled scenario files, embedded at build time.
pub const BUNDLED: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/bundled_scenarios.rs"));

/// Every bundled scenario, sorted by file name.
pub fn bundled() -> Result<Vec<Scenario>, ScenarioError> {
    BUNDLED
        .iter()
        .map(|(name, text)| Scenario::from_toml(text, &format!("scenarios/{name}")))
        .collect()
}
