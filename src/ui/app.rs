//! The app shell: library on the left, the model view in the centre, source / narration /
//! variables on the right, transport at the bottom. It knows no model: views come from
//! [`super::views::registry`].

use super::egui::{self, Color32, Key, RichText};
use super::open_dialog::{DialogAction, OpenDialog};
use super::views::{View, ViewCtx};
use crate::frontend::compile;
use crate::scenario::{self, Scenario};
use crate::trace::{Granularity, State, Timeline, narrate::narrate};
use crate::vm::threads::ThreadOptions;
use crate::vm::{Vm, VmOptions};
use std::path::Path;

const KEYWORDS: &[&str] = &[
    "def", "return", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "del", "try",
    "except", "finally", "raise", "import", "from", "as", "global", "pass", "break", "continue",
    "True", "False", "None", "is", "lambda", "class", "with", "assert",
];

/// The MRO built so far (names) and the head being tried as (list, position).
pub type ClassMerge = (Vec<String>, Option<(u16, u16)>);

/// Persisted between runs.
#[derive(Clone, Debug, PartialEq)]
struct Settings {
    scenario: String,
    speed: f32,
    dark: bool,
}

pub struct PyxrayApp {
    scenarios: Vec<Scenario>,
    current: usize,
    timeline: Option<Timeline>,
    error: Option<String>,
    pos: usize,
    granularity: Granularity,
    playing: bool,
    speed: f32,
    since_step: f64,
    views: Vec<Box<dyn View>>,
    editing: bool,
    draft: String,
    dark: bool,
    presentation: bool,
    search: String,
    /// Scrubber ticks for the current timeline (computed once per run).
    markers: Vec<(usize, Color32)>,
    open_dialog: Option<OpenDialog>,
    /// The app's clock (seconds), read once per frame.
    now: f64,
    /// When the last forward step began; only forward steps animate.
    anim_start: Option<f64>,
    /// The state at `pos`, kept while `pos` stays (every panel reads it each frame).
    state_cache: Option<(usize, State)>,
    narration_cache: Option<((usize, Granularity), String)>,
    /// The view on show (followed automatically) and the one the user picked, if any.
    view_shown: usize,
    view_pinned: Option<usize>,
    /// What the user typed at each `input()` so far; the program is re-run with them, so
    /// the trace (and stepping back) replays the same answers.
    answers: Vec<String>,
    /// The prompt of the `input()` the run stopped at, waiting for an answer.
    input_prompt: Option<String>,
    answer_draft: String,
    /// How threads run (the timeline view's settings).
    pub thread_options: ThreadOptions,
    /// The scenario `thread_options` were set for.
    options_for: Option<usize>,
}

impl PyxrayApp {
    pub fn new(cc: &eframe::CreationContext<'_>, initial: Option<Scenario>) -> Self {
        let mut scenarios = scenario::bundled().unwrap_or_default();
        let stored = cc.storage.map(|s| {
            (
                s.get_string("scenario").unwrap_or_default(),
                s.get_string("speed")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1.0),
                s.get_string("dark").is_none_or(|v| v == "true"),
            )
        });
        let mut current = 0;
        if let Some(sc) = initial {
            // Opening a bundled scenario's file selects it rather than listing it twice.
            match scenarios
                .iter()
                .position(|s| s.source == sc.source && s.title == sc.title)
            {
                Some(i) => current = i,
                None => scenarios.insert(0, sc),
            }
        } else if let Some((name, _, _)) = &stored
            && let Some(i) = scenarios.iter().position(|s| &s.path == name)
        {
            current = i;
        }
        let (speed, dark) = stored.map(|(_, s, d)| (s, d)).unwrap_or((1.0, true));
        let mut app = Self::with(scenarios, current);
        app.speed = speed;
        app.dark = dark;
        app
    }

    /// An app over given scenarios (also used by the UI tests).
    pub fn with(scenarios: Vec<Scenario>, current: usize) -> Self {
        let mut app = PyxrayApp {
            scenarios,
            current,
            timeline: None,
            error: None,
            pos: 0,
            granularity: Granularity::Op,
            playing: false,
            speed: 1.0,
            since_step: 0.0,
            views: super::views::registry(),
            editing: false,
            draft: String::new(),
            dark: true,
            presentation: false,
            search: String::new(),
            markers: Vec::new(),
            open_dialog: None,
            now: 0.0,
            anim_start: None,
            state_cache: None,
            narration_cache: None,
            view_shown: 0,
            view_pinned: None,
            answers: Vec::new(),
            input_prompt: None,
            answer_draft: String::new(),
            thread_options: ThreadOptions::default(),
            options_for: None,
        };
        app.load(current);
        app
    }

    fn load(&mut self, i: usize) {
        self.current = i;
        self.state_cache = None;
        self.narration_cache = None;
        self.anim_start = None;
        self.view_pinned = None;
        let Some(sc) = self.scenarios.get(i) else {
            return;
        };
        // A scenario opened (not re-run with other settings) starts as it asks.
        if self.options_for != Some(i) {
            self.options_for = Some(i);
            self.thread_options = ThreadOptions {
                mode: match sc.free_threaded_cores {
                    Some(cores) => crate::models::gil::Mode::FreeThreaded { cores },
                    None => crate::models::gil::Mode::Gil,
                },
                ..ThreadOptions::default()
            };
        }
        self.draft = sc.source.clone();
        self.answers.clear();
        match build_answering(&sc.source, &sc.path, &[], self.thread_options) {
            Ok((t, prompt)) => {
                self.markers = markers(&t);
                self.timeline = Some(t);
                self.input_prompt = prompt;
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
        self.pos = 0;
        self.playing = false;
    }

    /// Runs the program again with one more answer; the new trace is the old one up to the
    /// `input()`, then goes on, so the position stays where the program asked.
    pub fn answer_input(&mut self, answer: &str) {
        let Some(sc) = self.scenarios.get(self.current).cloned() else {
            return;
        };
        self.answers.push(answer.to_string());
        let asked_at = self
            .timeline
            .as_ref()
            .map_or(0, |t| t.len().saturating_sub(1));
        if let Ok((t, prompt)) =
            build_answering(&sc.source, &sc.path, &self.answers, self.thread_options)
        {
            self.markers = markers(&t);
            self.pos = asked_at.min(t.len().saturating_sub(1));
            self.timeline = Some(t);
            self.input_prompt = prompt;
            self.state_cache = None;
            self.narration_cache = None;
        }
    }

    /// What is typed in the answer box.
    pub fn answer_draft(&self) -> &str {
        &self.answer_draft
    }

    /// The prompt of the `input()` the program is waiting at, if any.
    pub fn input_prompt(&self) -> Option<&str> {
        self.input_prompt.as_deref()
    }

    fn settings(&self) -> Settings {
        Settings {
            scenario: self
                .scenarios
                .get(self.current)
                .map(|s| s.path.clone())
                .unwrap_or_default(),
            speed: self.speed,
            dark: self.dark,
        }
    }

    fn step(&mut self, forward: bool, g: Granularity) {
        let Some(t) = &self.timeline else { return };
        self.pos = if forward {
            t.next_stop(self.pos, g)
        } else {
            t.prev_stop(self.pos, g)
        };
        self.anim_start = forward.then_some(self.now);
    }

    /// Opens a `.py` program or a scenario `.toml` (from the Open dialog, a dropped file or
    /// the command line) and selects it in the library.
    pub fn open_path(&mut self, path: &Path) -> Result<(), String> {
        let sc = Scenario::load(path).map_err(|e| e.to_string())?;
        let i = match self.scenarios.iter().position(|s| s.path == sc.path) {
            Some(i) => {
                self.scenarios[i] = sc;
                i
            }
            None => {
                self.scenarios.insert(0, sc);
                0
            }
        };
        self.load(i);
        Ok(())
    }

    /// The state after the current step (cached: several panels read it every frame).
    fn current_state(&mut self) -> Option<State> {
        let t = self.timeline.as_ref()?;
        match &self.state_cache {
            Some((p, s)) if *p == self.pos => Some(s.clone()),
            _ => {
                let s = t.state_at(self.pos);
                self.state_cache = Some((self.pos, s.clone()));
                Some(s)
            }
        }
    }

    /// How far the current step's animation has got (1.0 when there is none).
    fn progress(&self) -> f32 {
        let dur = 0.45 / self.speed as f64;
        self.anim_start
            .map_or(1.0, |t0| ((self.now - t0) / dur).clamp(0.0, 1.0) as f32)
    }

    fn drop_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(p) = dropped.first()
            && let Err(e) = self.open_path(p)
        {
            self.error = Some(e);
        }
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let screen = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop-overlay"),
            ));
            painter.rect_filled(screen, 0.0, Color32::from_black_alpha(170));
            painter.text(
                screen.center(),
                egui::Align2::CENTER_CENTER,
                "Drop a .py or .toml file to open it",
                egui::FontId::proportional(28.0),
                Color32::WHITE,
            );
        }
    }

    fn keys(&mut self, ctx: &egui::Context) {
        if self.editing {
            return;
        }
        let (space, right, left, home, end, plus, minus, shift, f11) = ctx.input(|i| {
            (
                i.key_pressed(Key::Space),
                i.key_pressed(Key::ArrowRight),
                i.key_pressed(Key::ArrowLeft),
                i.key_pressed(Key::Home),
                i.key_pressed(Key::End),
                i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals),
                i.key_pressed(Key::Minus),
                i.modifiers.shift,
                i.key_pressed(Key::F11),
            )
        });
        let g = if shift {
            Granularity::Line
        } else {
            self.granularity
        };
        if space {
            self.playing = !self.playing;
        }
        if right {
            self.step(true, g);
        }
        if left {
            self.step(false, g);
        }
        if home || end {
            self.anim_start = None;
        }
        if home {
            self.pos = 0;
        }
        if end {
            self.pos = self
                .timeline
                .as_ref()
                .map_or(0, |t| t.len().saturating_sub(1));
        }
        if plus {
            self.speed = (self.speed * 2.0).min(16.0);
        }
        if minus {
            self.speed = (self.speed / 2.0).max(0.25);
        }
        if f11 {
            self.presentation = !self.presentation;
        }
    }

    fn tick(&mut self, ctx: &egui::Context) {
        if !self.playing {
            return;
        }
        self.since_step += ctx.input(|i| i.stable_dt as f64);
        if self.since_step >= 0.6 / self.speed as f64 {
            self.since_step = 0.0;
            let before = self.pos;
            self.step(true, self.granularity);
            if self.pos == before {
                self.playing = false;
            }
        }
        ctx.request_repaint();
    }

    fn library_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Library");
        if ui.button("Open file…").clicked() {
            let start = std::env::current_dir().unwrap_or_else(|_| ".".into());
            self.open_dialog = Some(OpenDialog::new(&start));
        }
        ui.add(egui::TextEdit::singleline(&mut self.search).hint_text("search"));
        // Each topic once, in the order it first appears: an opened file is listed first,
        // under its topic's one heading.
        let mut topics: Vec<String> = Vec::new();
        for s in &self.scenarios {
            if !topics.contains(&s.topic) {
                topics.push(s.topic.clone());
            }
        }
        let mut pick = None;
        for topic in topics {
            ui.label(RichText::new(topic.to_uppercase()).small().weak());
            for (i, s) in self
                .scenarios
                .iter()
                .enumerate()
                .filter(|(_, s)| s.topic == topic)
            {
                if !self.search.is_empty()
                    && !s.title.to_lowercase().contains(&self.search.to_lowercase())
                {
                    continue;
                }
                if ui
                    .selectable_label(i == self.current, &s.title)
                    .on_hover_text(&s.summary)
                    .clicked()
                {
                    pick = Some(i);
                }
            }
        }
        if let Some(i) = pick {
            self.load(i);
        }
    }

    fn transport_ui(&mut self, ui: &mut egui::Ui) {
        let len = self.timeline.as_ref().map_or(0, Timeline::len);
        ui.horizontal(|ui| {
            if ui.button("First").clicked() {
                self.pos = 0;
                self.anim_start = None;
            }
            if ui.button("Back").clicked() {
                self.step(false, self.granularity);
            }
            let play = if self.playing { "Pause" } else { "Play" };
            if ui.button(play).clicked() {
                self.playing = !self.playing;
            }
            if ui.button("Forward").clicked() {
                self.step(true, self.granularity);
            }
            if ui.button("Last").clicked() {
                self.pos = len.saturating_sub(1);
                self.anim_start = None;
            }
            ui.separator();
            for (g, name) in [
                (Granularity::Line, "Line"),
                (Granularity::Op, "Operation"),
                (Granularity::Micro, "Micro-step"),
            ] {
                ui.selectable_value(&mut self.granularity, g, name);
            }
            ui.separator();
            let label = ui.label("Speed");
            ui.add(
                egui::Slider::new(&mut self.speed, 0.25..=16.0)
                    .logarithmic(true)
                    .show_value(false),
            )
            .labelled_by(label.id);
            ui.label(format!("{:.2}×", self.speed));
            ui.separator();
            ui.label(format!("step {} / {}", self.pos, len.saturating_sub(1)));
        });
        if len > 1 {
            let mut p = self.pos;
            ui.horizontal(|ui| {
                let label = ui.label("Timeline");
                ui.spacing_mut().slider_width = ui.available_width() - 20.0;
                let r = ui
                    .add(egui::Slider::new(&mut p, 0..=len - 1).show_value(false))
                    .labelled_by(label.id);
                if r.changed() {
                    self.pos = p;
                    self.anim_start = None;
                }
                // Notable events as ticks under the scrubber: resizes, kind switches, errors.
                if self.timeline.is_some() {
                    let rect = r.rect;
                    let painter = ui.painter();
                    for &(at, color) in &self.markers {
                        let x = rect.left() + rect.width() * at as f32 / (len - 1).max(1) as f32;
                        painter.line_segment(
                            [
                                egui::pos2(x, rect.bottom() - 3.0),
                                egui::pos2(x, rect.bottom() + 3.0),
                            ],
                            egui::Stroke::new(2.0, color),
                        );
                    }
                }
            });
        }
    }

    fn side_ui(&mut self, ui: &mut egui::Ui) {
        let Some(sc) = self.scenarios.get(self.current).cloned() else {
            return;
        };
        ui.heading(&sc.title);
        if !sc.summary.is_empty() {
            ui.label(RichText::new(&sc.summary).italics());
        }
        ui.horizontal(|ui| {
            if ui.selectable_label(!self.editing, "Source").clicked() {
                self.editing = false;
            }
            if ui.selectable_label(self.editing, "Edit").clicked() {
                self.editing = true;
            }
            if self.editing && ui.button("Run").clicked() {
                match build_answering(&self.draft, &sc.path, &[], self.thread_options) {
                    Ok((t, prompt)) => {
                        self.markers = markers(&t);
                        self.timeline = Some(t);
                        self.answers.clear();
                        self.input_prompt = prompt;
                        self.error = None;
                        self.pos = 0;
                        self.state_cache = None;
                        self.narration_cache = None;
                        if let Some(s) = self.scenarios.get_mut(self.current) {
                            s.source = self.draft.clone();
                        }
                    }
                    // The previous trace stays until the new program is valid.
                    Err(e) => self.error = Some(e),
                }
            }
        });
        if let Some(e) = &self.error {
            ui.colored_label(Color32::from_rgb(0xe0, 0x60, 0x60), e);
        }
        if let Some(prompt) = self.input_prompt.clone() {
            let mut send = false;
            let last = self
                .timeline
                .as_ref()
                .map_or(0, |t| t.len().saturating_sub(1));
            egui::Frame::group(ui.style()).show(ui, |ui| {
                if self.pos < last {
                    // The run stopped at input(); ask only once the user is there.
                    ui.label("This run stops at an input(): the program waits for your answer.");
                    if ui.button("Go to the input()").clicked() {
                        self.pos = last;
                        self.anim_start = None;
                    }
                    return;
                }
                ui.label(RichText::new("The program is waiting at input():").strong());
                ui.label(
                    RichText::new(if prompt.is_empty() {
                        "(no prompt)"
                    } else {
                        &prompt
                    })
                    .monospace(),
                );
                ui.horizontal(|ui| {
                    let label = ui.label("Answer");
                    let edit = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.answer_draft)
                                .hint_text("type and press Enter")
                                .desired_width(200.0),
                        )
                        .labelled_by(label.id);
                    if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        send = true;
                    }
                    if ui.button("Send answer").clicked() {
                        send = true;
                    }
                });
                if !self.answers.is_empty() {
                    ui.label(
                        RichText::new(format!("answers so far: {}", self.answers.join(", ")))
                            .small(),
                    );
                }
            });
            if send {
                let answer = std::mem::take(&mut self.answer_draft);
                self.answer_input(&answer);
            }
        }
        let line = self.timeline.as_ref().map_or(0, |t| t.line_at(self.pos));
        egui::ScrollArea::vertical()
            .id_salt("source")
            .max_height(320.0)
            .show(ui, |ui| {
                if self.editing {
                    ui.add(
                        egui::TextEdit::multiline(&mut self.draft)
                            .code_editor()
                            .desired_rows(14),
                    );
                } else {
                    for (i, text) in sc.source.lines().enumerate() {
                        let n = i as u32 + 1;
                        let row = source_line(n, text, n == line);
                        ui.label(row);
                    }
                }
            });
        ui.separator();
        let state = self.current_state();
        if state.as_ref().is_some_and(|s| s.shutdown.is_some()) {
            // Past the last line: what runs now is CPython's, not the program's.
            ui.label(
                RichText::new("The program has ended: interpreter shutdown (Py_FinalizeEx)")
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
        }
        ui.label(RichText::new("What happens").strong());
        let narration = self.current_narration();
        if let Some(t) = &self.timeline
            && let Some(state) = state
            && !t.is_empty()
        {
            let text = if self.pos == 0 {
                String::from("Press Forward (or the right arrow key) to start.")
            } else {
                narration
            };
            // The scenario's teaching note comes first: a step of many events must not push
            // it out of the panel.
            if let Some(note) = sc.notes.iter().find(|n| n.line == line) {
                ui.label(RichText::new(&note.text).color(Color32::from_rgb(0x9a, 0xc8, 0xff)));
            }
            // Narration, variables and output share what is left of the panel, each
            // scrolling on its own: variables and output get the room their rows need, up
            // to half of it, and the narration the rest.
            let output = t.output_until(self.pos);
            let rows = state.globals.iter().count() + output.lines().count();
            let rest = ui.available_height();
            let lower = (60.0 + 18.0 * rows as f32).clamp(90.0, rest * 0.5);
            egui::ScrollArea::vertical()
                .id_salt("narration")
                .max_height((rest - lower).max(80.0))
                .show(ui, |ui| {
                    ui.label(RichText::new(text).size(15.0));
                });
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("variables-output")
                .show(ui, |ui| {
                    ui.label(RichText::new("Variables").strong());
                    egui::Grid::new("vars").striped(true).show(ui, |ui| {
                        for b in state.globals.iter() {
                            ui.label(RichText::new(t.trace.strings.get(b.name)).monospace());
                            ui.label(RichText::new(t.trace.strings.get(b.value)).monospace());
                            ui.end_row();
                        }
                    });
                    ui.separator();
                    ui.label(RichText::new("Output").strong());
                    ui.label(RichText::new(output).monospace());
                });
        }
    }
}

/// The narration lines a step shows before it skips to its end, and the events the end
/// shows (every narrated line of them).
const NARRATION_HEAD: usize = 200;
const NARRATION_TAIL_EVENTS: usize = 40;

/// The narrated events of `start..=end`, at most `limit` of them, each with its position.
fn narrate_range(t: &Timeline, start: usize, end: usize, limit: usize) -> Vec<(usize, String)> {
    let mut state = t.state_at(start.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, ev) in (start..=end).zip(t.trace.events.iter_from(start)) {
        if lines.len() == limit {
            break;
        }
        let text = narrate(t, &state, &ev);
        if !text.is_empty() {
            lines.push((i, text));
        }
        state.apply(i, &ev, &t.trace);
    }
    lines
}

/// 1234567 as "1,234,567".
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn source_line(n: u32, text: &str, current: bool) -> egui::text::LayoutJob {
    use egui::text::{LayoutJob, TextFormat};
    let mut job = LayoutJob::default();
    let font = egui::FontId::monospace(13.0);
    let bg = if current {
        Color32::from_rgb(0x44, 0x3a, 0x10)
    } else {
        Color32::TRANSPARENT
    };
    let fmt = |color| TextFormat {
        font_id: font.clone(),
        color,
        background: bg,
        ..Default::default()
    };
    job.append(&format!("{n:>3}  "), 0.0, fmt(Color32::GRAY));
    let mut word = String::new();
    let flush = |job: &mut LayoutJob, word: &mut String| {
        if word.is_empty() {
            return;
        }
        let color = if KEYWORDS.contains(&word.as_str()) {
            Color32::from_rgb(0xc6, 0x78, 0xdd)
        } else if word.chars().all(|c| c.is_ascii_digit()) {
            Color32::from_rgb(0xd1, 0x9a, 0x66)
        } else {
            Color32::from_gray(220)
        };
        job.append(word, 0.0, fmt(color));
        word.clear();
    };
    let mut in_str: Option<char> = None;
    for c in text.chars() {
        match in_str {
            Some(q) => {
                job.append(
                    &c.to_string(),
                    0.0,
                    fmt(Color32::from_rgb(0x98, 0xc3, 0x79)),
                );
                if c == q {
                    in_str = None;
                }
            }
            None if c == '"' || c == '\'' => {
                flush(&mut job, &mut word);
                in_str = Some(c);
                job.append(
                    &c.to_string(),
                    0.0,
                    fmt(Color32::from_rgb(0x98, 0xc3, 0x79)),
                );
            }
            None if c == '#' => {
                flush(&mut job, &mut word);
                in_str = Some('\n');
                job.append("#", 0.0, fmt(Color32::GRAY));
            }
            None if c.is_alphanumeric() || c == '_' => word.push(c),
            None => {
                flush(&mut job, &mut word);
                job.append(&c.to_string(), 0.0, fmt(Color32::from_gray(200)));
            }
        }
    }
    flush(&mut job, &mut word);
    job
}

/// Where the scrubber marks notable events: resizes (blue), kind switches (purple) and
/// exceptions (red). At most a few hundred, so big traces stay readable.
fn markers(t: &Timeline) -> Vec<(usize, Color32)> {
    use crate::models::dict::{DictEvent, ResizeReason};
    use crate::trace::Event;
    let mut out = Vec::new();
    for (i, e) in t.trace.events.iter().enumerate() {
        let color = match e {
            Event::Dict(DictEvent::ResizeBegin {
                reason: ResizeReason::KindSwitch,
                ..
            }) => Color32::from_rgb(0xb0, 0x7c, 0xe0),
            Event::Dict(DictEvent::ResizeBegin { .. }) => Color32::from_rgb(0x4f, 0x9c, 0xe8),
            Event::Raise => Color32::from_rgb(0xe0, 0x50, 0x50),
            _ => continue,
        };
        out.push((i, color));
        if out.len() >= 400 {
            break;
        }
    }
    out
}

/// Whether a program imports the thread machinery (its runs may be longer).
fn uses_threads(source: &str) -> bool {
    source.contains("import threading") || source.contains("from threading")
}

/// Runs a program traced and builds its timeline; a compile error comes back as
/// `line:col: message`.
pub fn build(source: &str, path: &str) -> Result<Timeline, String> {
    build_answering(source, path, &[], ThreadOptions::default()).map(|(t, _)| t)
}

/// [`build`], with `answers` as the lines `input()` reads; when they run out the run
/// stops there and the prompt comes back, for the app to ask the user.
pub fn build_answering(
    source: &str,
    path: &str,
    answers: &[String],
    threads: ThreadOptions,
) -> Result<(Timeline, Option<String>), String> {
    let program =
        compile(source, path).map_err(|e| format!("{}:{}: {}", e.line, e.col, e.message))?;
    let stdin: String = answers.iter().map(|a| format!("{a}\n")).collect();
    let mut vm = Vm::new(
        program,
        VmOptions {
            trace: true,
            // Threaded programs need a few switch intervals of virtual time to show the
            // GIL at work (5 ms is about 1.4 million instructions).
            max_steps: if uses_threads(source) {
                15_000_000
            } else {
                2_000_000
            },
            stdin: Some(stdin),
            ask_for_input: true,
            threads,
            ..VmOptions::default()
        },
    );
    vm.run();
    let prompt = vm.input_wanted.clone();
    Ok((Timeline::from_vm(vm), prompt))
}

impl PyxrayApp {
    /// The narration, computed once per step and granularity.
    fn current_narration(&mut self) -> String {
        let key = (self.pos, self.granularity);
        if let Some((k, text)) = &self.narration_cache
            && *k == key
        {
            return text.clone();
        }
        let text = self.narration();
        self.narration_cache = Some((key, text.clone()));
        text
    }

    /// Opens the Open dialog as the library's button does (for tests).
    pub fn open_dialog_at(&mut self, dir: &Path) {
        self.open_dialog = Some(OpenDialog::new(dir));
    }

    /// What the program has printed up to the current step (the Output panel).
    /// Pins the view with this id, as clicking its tab does.
    pub fn show_view(&mut self, id: &str) {
        self.view_pinned = self.views.iter().position(|v| v.id() == id);
    }

    pub fn output(&self) -> String {
        self.timeline
            .as_ref()
            .map_or(String::new(), |t| t.output_until(self.pos))
    }

    /// The title of the scenario on show.
    pub fn scenario_title(&self) -> &str {
        self.scenarios
            .get(self.current)
            .map_or("", |s| s.title.as_str())
    }

    /// The narration of the current step, as the "What happens" panel shows it.
    /// Every event of the current step, one sentence a line.
    pub fn narration(&self) -> String {
        let Some(t) = &self.timeline else {
            return String::new();
        };
        if t.is_empty() || self.pos == 0 {
            return String::new();
        }
        let end = self.pos.min(t.len() - 1);
        let start = match self.granularity {
            Granularity::Micro => end,
            g => t.prev_stop(end, g) + 1,
        }
        .min(end);
        let mut lines = narrate_range(t, start, end, NARRATION_HEAD);
        // A step can hold a million events (`dict.fromkeys(range(200_000))` is one line and
        // one call): narrating and laying out all of them froze the window for minutes.
        // Show how it starts and how it ends; every event stays one micro-step away.
        if let Some(&(last, _)) = lines.last()
            && lines.len() == NARRATION_HEAD
            && last < end
        {
            let tail_start = end.saturating_sub(NARRATION_TAIL_EVENTS).max(last + 1);
            let skipped = tail_start - (last + 1);
            if skipped > 0 {
                lines.push((
                    last,
                    format!(
                        "… {} more events in this step (step by micro-step to see each one) …",
                        group_digits(skipped)
                    ),
                ));
            }
            lines.extend(narrate_range(t, tail_start, end, usize::MAX));
        }
        lines
            .into_iter()
            .map(|(_, text)| text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The current step (event index).
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn granularity(&self) -> Granularity {
        self.granularity
    }

    /// The inline error of the editor, if the last run did not compile.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Replaces the editor's text (as typing would).
    pub fn set_draft(&mut self, text: &str) {
        self.editing = true;
        self.draft = text.to_string();
    }

    /// The class being built at this step: its MRO so far (names) and the head being tried
    /// as (list, position).
    pub fn class_merge(&self) -> Option<ClassMerge> {
        let t = self.timeline.as_ref()?;
        let state = t.state_at(self.pos);
        let c = state.classes.back()?;
        let names = c
            .mro
            .iter()
            .map(|&m| t.trace.strings.get(m).into_owned())
            .collect();
        Some((names, c.trying))
    }

    /// The slot under the probe in the dict in focus, and whether it is a collision.
    pub fn probe(&self) -> Option<(u32, bool)> {
        let t = self.timeline.as_ref()?;
        let state = t.state_at(self.pos);
        let d = state.focus?;
        let snap = state.dicts.get(d as usize)?.as_ref()?;
        Some((snap.activity.slot?, snap.activity.collision))
    }

    /// Draws the whole app into `ui` (the eframe entry point and the UI tests share it).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_visuals(if self.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
        ctx.set_zoom_factor(if self.presentation { 1.5 } else { 1.0 });
        self.now = ctx.input(|i| i.time);
        self.keys(&ctx);
        self.tick(&ctx);
        self.drop_files(&ctx);
        if let Some(d) = &mut self.open_dialog {
            match d.ui(&ctx) {
                DialogAction::None => {}
                DialogAction::Cancel => self.open_dialog = None,
                DialogAction::Open(p) => match self.open_path(&p) {
                    Ok(()) => self.open_dialog = None,
                    Err(e) => {
                        if let Some(d) = &mut self.open_dialog {
                            d.error = Some(e);
                        }
                    }
                },
            }
        }
        egui::Panel::top("menu").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong("pyxray");
                ui.label(RichText::new("CPython 3.11 internals, step by step").weak());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(if self.dark {
                            "Light theme"
                        } else {
                            "Dark theme"
                        })
                        .clicked()
                    {
                        self.dark = !self.dark;
                    }
                    if ui.button("Presentation (F11)").clicked() {
                        self.presentation = !self.presentation;
                    }
                });
            });
        });
        egui::Panel::bottom("transport").show(ui, |ui| self.transport_ui(ui));
        if !self.presentation {
            egui::Panel::left("library")
                .default_size(230.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| self.library_ui(ui));
                });
        }
        if self.presentation {
            // Presentation: both side panels give way to the picture; the current line and
            // what happens run along the bottom, large enough for the back of a room.
            let line = self.timeline.as_ref().map_or(0, |t| t.line_at(self.pos));
            let source_line = self
                .timeline
                .as_ref()
                .and_then(|t| t.program.source_line(line).map(str::to_string))
                .unwrap_or_default();
            let narration = if self.pos == 0 {
                String::from("Press Forward (or the right arrow key) to start.")
            } else {
                self.current_narration()
            };
            egui::Panel::bottom("presentation-narration").show(ui, |ui| {
                let shutdown = self.current_state().is_some_and(|s| s.shutdown.is_some());
                if shutdown {
                    ui.label(
                        RichText::new("interpreter shutdown (Py_FinalizeEx)")
                            .monospace()
                            .size(18.0),
                    );
                } else if line > 0 {
                    ui.label(
                        RichText::new(format!("line {line}:  {source_line}"))
                            .monospace()
                            .size(18.0),
                    );
                }
                // A step of many events scrolls here rather than pushing the picture off.
                let room = ui.ctx().content_rect().height() * 0.35;
                egui::ScrollArea::vertical()
                    .id_salt("presentation-narration-scroll")
                    .max_height(room)
                    .min_scrolled_height(room)
                    .show(ui, |ui| ui.label(RichText::new(narration).size(18.0)));
            });
        } else {
            egui::Panel::right("side")
                .default_size(420.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("side-scroll")
                        .show(ui, |ui| self.side_ui(ui));
                });
        }
        let state = self.current_state();
        let progress = self.progress();
        if progress < 1.0 {
            ctx.request_repaint();
        }
        let mut view_asks = (None, None);
        egui::CentralPanel::default().show(ui, |ui| {
            let (Some(t), Some(state)) = (&self.timeline, state) else {
                ui.label("No program loaded.");
                return;
            };
            let vctx = ViewCtx {
                timeline: t,
                state: &state,
                pos: self.pos,
                progress,
                threads: self.thread_options,
            };
            // Several views may apply (a class program has dicts too): tabs, following
            // the model the current event is about unless the user picked one.
            let applicable: Vec<usize> = (0..self.views.len())
                .filter(|&i| self.views[i].applies(&vctx))
                .collect();
            if applicable.is_empty() {
                ui.label("Nothing to draw at this step yet — step forward.");
                return;
            }
            if self.view_pinned.is_none()
                && let Some(&i) = applicable.iter().find(|&&i| self.views[i].concerns(&vctx))
            {
                self.view_shown = i;
            }
            let shown = self.view_pinned.unwrap_or(self.view_shown);
            let shown = if applicable.contains(&shown) {
                shown
            } else {
                applicable[0]
            };
            if applicable.len() > 1 {
                ui.horizontal(|ui| {
                    for &i in &applicable {
                        if ui
                            .selectable_label(i == shown, self.views[i].title())
                            .clicked()
                        {
                            self.view_pinned = Some(i);
                        }
                    }
                    if self.view_pinned.is_some() && ui.small_button("follow the step").clicked() {
                        self.view_pinned = None;
                    }
                });
            } else {
                ui.heading(self.views[shown].title());
            }
            self.views[shown].ui(ui, &vctx);
            view_asks = (
                self.views[shown].take_seek(),
                self.views[shown].take_rerun(),
            );
            if view_asks.0.is_some() {
                // The user picked a moment in this view: keep showing it there.
                self.view_pinned = Some(shown);
            }
        });
        // What the view asked for: a step to move to, or a run with other thread settings.
        if let Some(p) = view_asks.0 {
            self.pos = p;
            self.playing = false;
        }
        if let Some(opts) = view_asks.1 {
            self.thread_options = opts;
            let pos = self.pos;
            self.load(self.current);
            self.pos = pos.min(
                self.timeline
                    .as_ref()
                    .map_or(0, |t| t.len().saturating_sub(1)),
            );
        }
    }
}

impl eframe::App for PyxrayApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let s = self.settings();
        storage.set_string("scenario", s.scenario);
        storage.set_string("speed", s.speed.to_string());
        storage.set_string("dark", s.dark.to_string());
    }
}
