//! Threads and the GIL in the trace: the events ([`ThreadEv`], each with its virtual
//! time), the recorder's side (which thread's frames the frame events concern), the
//! [`State`]'s per-thread picture, and [`Lanes`]: the whole run as one lane of slices per
//! thread (running with the GIL, waiting for it, blocked), the GIL's handoffs, the marks
//! (drop requests, timeouts, forced switches) and the statistics the timeline view shows.
//!
//! Lanes are built once per trace; the view then only culls and draws.

use super::{Event, FrameState, Recorder, State, StrId, Trace};

/// What a blocked thread waits for, as the timeline colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum BlockKind {
    Sleep,
    Lock,
    Join,
    Event,
    Queue,
    Start,
}

impl BlockKind {
    pub fn label(self) -> &'static str {
        match self {
            BlockKind::Sleep => "sleep",
            BlockKind::Lock => "lock",
            BlockKind::Join => "join",
            BlockKind::Event => "event",
            BlockKind::Queue => "queue",
            BlockKind::Start => "start",
        }
    }

    pub fn from_label(l: &str) -> BlockKind {
        match l {
            "sleep" => BlockKind::Sleep,
            "lock" => BlockKind::Lock,
            "join" => BlockKind::Join,
            "event" => BlockKind::Event,
            "queue" => BlockKind::Queue,
            _ => BlockKind::Start,
        }
    }
}

/// One thread/GIL event (see `models::gil::GilEvent` for the CPython functions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThreadEv {
    /// take_gil: `tid` holds the GIL (`switched`: from another thread).
    Take {
        tid: u32,
        switched: bool,
    },
    /// drop_gil (`forced`: honouring a drop request at an eval-breaker check).
    Drop {
        tid: u32,
        forced: bool,
    },
    /// A timed wait in take_gil ran out; `request`: it set `gil_drop_request`.
    Timeout {
        tid: u32,
        request: bool,
    },
    /// `tid` waits in take_gil (a timed wait of one switch interval).
    Wait {
        tid: u32,
    },
    /// drop_gil's `COND_SIGNAL` chose `tid`.
    Signal {
        tid: u32,
    },
    /// FORCE_SWITCHING: `tid` waits until another thread has taken the GIL.
    ForcedWait {
        tid: u32,
    },
    /// A blocking call with the GIL released.
    Block {
        tid: u32,
        kind: BlockKind,
    },
    /// The blocking call is over; `tid` goes to take_gil.
    Unblock {
        tid: u32,
    },
    /// Free-threaded (3.13t): `tid` runs on a core, no GIL involved.
    OnCore {
        tid: u32,
    },
    /// A new thread (named `name`) exists; its first take_gil is pending.
    Start {
        tid: u32,
        name: StrId,
    },
    End {
        tid: u32,
    },
    /// The VM now runs `tid`'s frames (what follows is that thread's).
    Switch {
        tid: u32,
    },
    /// The virtual time at this point (marked at lines, for the playhead).
    Clock,
}

impl Recorder {
    /// A thread/GIL event at virtual time `at` (ns).
    pub fn thread_event(&mut self, at: u64, ev: ThreadEv) {
        self.trace.events.push(Event::Thread { at, ev });
        self.last_clock = at;
        if let ThreadEv::Switch { tid } = ev {
            // The frame numbers on the stack are the new thread's from now on.
            let old = std::mem::take(self.frames.stack_mut());
            let cur = self.thread;
            self.parked_stacks.insert(cur, old);
            let new = self.parked_stacks.remove(&tid).unwrap_or_default();
            *self.frames.stack_mut() = new;
            self.thread = tid;
            self.last_op = None;
        }
    }

    /// Marks the time after a `Line` event (at most one mark per µs of virtual time).
    pub fn mark_clock(&mut self, at: u64) {
        if matches!(self.trace.events.last(), Some(Event::Line { .. }))
            && at >= self.last_clock + 1_000
        {
            self.trace.events.push(Event::Thread {
                at,
                ev: ThreadEv::Clock,
            });
            self.last_clock = at;
        }
    }

    /// Interns a string (a thread's name, a global's name).
    pub fn intern(&mut self, s: &str) -> StrId {
        self.trace.strings.intern(s)
    }
}

impl State {
    /// Applies a thread event: a switch swaps the call stack for the other thread's.
    pub(super) fn apply_thread_event(&mut self, at: u64, ev: &ThreadEv) {
        self.clock = at;
        if let ThreadEv::Switch { tid } = *ev {
            let cur = self.thread as usize;
            while self.parked.len() <= cur.max(tid as usize) {
                self.parked.push_back(imbl::Vector::new());
            }
            let mine = std::mem::take(&mut self.frames);
            self.parked.set(cur, mine);
            let theirs = self.parked.get(tid as usize).cloned().unwrap_or_default();
            self.parked.set(tid as usize, imbl::Vector::new());
            self.frames = theirs;
            self.thread = tid;
        }
    }

    /// The call stack of thread `tid` at this step (the running one's is `frames`).
    pub fn frames_of(&self, tid: u32) -> imbl::Vector<FrameState> {
        if tid == self.thread {
            self.frames.clone()
        } else {
            self.parked.get(tid as usize).cloned().unwrap_or_default()
        }
    }
}

/// What a lane shows for a stretch of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceKind {
    /// Holds the GIL and runs bytecode (free-threaded: runs on a core).
    Running,
    /// Runnable, waiting in take_gil.
    WaitingGil,
    /// In a blocking call, the GIL released.
    Blocked(BlockKind),
}

/// A stretch of one lane, `[start, end)` in ns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slice {
    pub start: u64,
    pub end: u64,
    pub kind: SliceKind,
    /// Index of the event that began it (to jump there).
    pub event: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A timed wait ran out and set `gil_drop_request`.
    DropRequest,
    /// A timed wait ran out without asking (someone switched meanwhile).
    Timeout,
    /// The holder dropped the GIL because it was asked to.
    ForcedDrop,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub at: u64,
    pub lane: usize,
    pub kind: MarkKind,
    pub event: usize,
}

/// One thread's lane.
#[derive(Clone, Debug, Default)]
pub struct Lane {
    pub tid: u32,
    pub name: String,
    pub slices: Vec<Slice>,
    /// ns spent running, waiting for the GIL, blocked.
    pub running: u64,
    pub waiting: u64,
    pub blocked: u64,
}

/// A finished blocking call: how long from its start until the thread ran again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlockingCall {
    pub lane: usize,
    pub kind: BlockKind,
    pub start: u64,
    /// Until the wait was over.
    pub blocked: u64,
    /// Until the thread held the GIL again (blocked + the wait for the GIL).
    pub latency: u64,
}

/// The whole run's threads, for the timeline view.
#[derive(Clone, Debug, Default)]
pub struct Lanes {
    pub lanes: Vec<Lane>,
    pub marks: Vec<Mark>,
    /// Every time the GIL changed hands: (time, from lane, to lane, event).
    pub handoffs: Vec<(u64, usize, usize, usize)>,
    pub blocking: Vec<BlockingCall>,
    /// Each waiting-for-the-GIL stretch's length (ns), for the histogram.
    pub gil_waits: Vec<u64>,
    pub end: u64,
    /// (event index, time) of every thread event, for the time at a step.
    times: Vec<(usize, u64)>,
    pub free_threaded: bool,
}

impl Lanes {
    /// Whether the trace has any thread events at all.
    pub fn has_threads(trace: &Trace) -> bool {
        trace
            .events
            .iter()
            .any(|e| matches!(e, Event::Thread { .. }))
    }

    pub fn build(trace: &Trace) -> Lanes {
        let mut l = Lanes {
            lanes: vec![Lane {
                tid: 0,
                name: "MainThread".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        // Per lane: what it is doing since when, and for a blocked one, since when.
        let mut cur: Vec<(SliceKind, u64, usize)> = vec![(SliceKind::Running, 0, 0)];
        let mut block_start: Vec<Option<(BlockKind, u64, Option<u64>)>> = vec![None];
        let mut last_holder: Option<usize> = Some(0);
        let mut done: Vec<bool> = vec![false];
        let lane_of = |tid: u32| tid as usize;
        for (i, e) in trace.events.iter().enumerate() {
            let Event::Thread { at, ev } = e else {
                continue;
            };
            l.times.push((i, at));
            l.end = l.end.max(at);
            match ev {
                ThreadEv::Start { tid, name } => {
                    let lane = lane_of(tid);
                    while l.lanes.len() <= lane {
                        l.lanes.push(Lane::default());
                        cur.push((SliceKind::WaitingGil, at, i));
                        block_start.push(None);
                        done.push(false);
                    }
                    l.lanes[lane].tid = tid;
                    l.lanes[lane].name = trace.strings.get(name).into_owned();
                    cur[lane] = (SliceKind::WaitingGil, at, i);
                }
                ThreadEv::Take { tid, .. } => {
                    let lane = lane_of(tid);
                    // A handoff: the GIL goes to another thread than its last holder
                    // (take_gil's `last_holder` test).
                    if let Some(h) = last_holder
                        && h != lane
                    {
                        l.handoffs.push((at, h, lane, i));
                    }
                    last_holder = Some(lane);
                    if let Some(Some((kind, start, blocked_until))) = block_start.get(lane).copied()
                    {
                        l.blocking.push(BlockingCall {
                            lane,
                            kind,
                            start,
                            blocked: blocked_until.unwrap_or(at) - start,
                            latency: at - start,
                        });
                        block_start[lane] = None;
                    }
                    close(
                        &mut l,
                        &mut cur,
                        &mut done,
                        lane,
                        at,
                        i,
                        Some(SliceKind::Running),
                    );
                }
                ThreadEv::Drop { tid, forced } => {
                    let lane = lane_of(tid);
                    if forced {
                        l.marks.push(Mark {
                            at,
                            lane,
                            kind: MarkKind::ForcedDrop,
                            event: i,
                        });
                    }
                    close(
                        &mut l,
                        &mut cur,
                        &mut done,
                        lane,
                        at,
                        i,
                        Some(SliceKind::WaitingGil),
                    );
                }
                ThreadEv::Wait { tid }
                | ThreadEv::ForcedWait { tid }
                | ThreadEv::Unblock { tid } => {
                    let lane = lane_of(tid);
                    if let ThreadEv::Unblock { .. } = ev
                        && let Some(Some(b)) = block_start.get_mut(lane)
                    {
                        b.2 = Some(at);
                    }
                    close(
                        &mut l,
                        &mut cur,
                        &mut done,
                        lane,
                        at,
                        i,
                        Some(SliceKind::WaitingGil),
                    );
                }
                ThreadEv::OnCore { tid } => {
                    let lane = lane_of(tid);
                    close(
                        &mut l,
                        &mut cur,
                        &mut done,
                        lane,
                        at,
                        i,
                        Some(SliceKind::Running),
                    );
                }
                ThreadEv::Timeout { tid, request } => l.marks.push(Mark {
                    at,
                    lane: lane_of(tid),
                    kind: if request {
                        MarkKind::DropRequest
                    } else {
                        MarkKind::Timeout
                    },
                    event: i,
                }),
                ThreadEv::Block { tid, kind } => {
                    let lane = lane_of(tid);
                    if let Some(b) = block_start.get_mut(lane)
                        && b.is_none()
                    {
                        *b = Some((kind, at, None));
                    }
                    close(
                        &mut l,
                        &mut cur,
                        &mut done,
                        lane,
                        at,
                        i,
                        Some(SliceKind::Blocked(kind)),
                    );
                }
                ThreadEv::End { tid } => {
                    let lane = lane_of(tid);
                    close(&mut l, &mut cur, &mut done, lane, at, i, None);
                }
                ThreadEv::Signal { .. } | ThreadEv::Switch { .. } | ThreadEv::Clock => {}
            }
        }
        // Close what is still open at the end.
        let end = l.end;
        for (lane, (k, since, ev)) in cur.into_iter().enumerate() {
            if !done[lane] && end > since {
                l.lanes[lane].slices.push(Slice {
                    start: since,
                    end,
                    kind: k,
                    event: ev,
                });
                if k == SliceKind::Running {
                    l.lanes[lane].running += end - since;
                }
            }
        }
        l.free_threaded = false;
        l
    }

    /// The virtual time at event `pos` (that of the last thread event at or before it).
    pub fn time_at(&self, pos: usize) -> u64 {
        match self.times.partition_point(|&(i, _)| i <= pos) {
            0 => 0,
            n => self.times[n - 1].1,
        }
    }

    /// The first event at or after virtual time `t` (to seek the playhead by time).
    pub fn event_at_time(&self, t: u64) -> Option<usize> {
        let n = self.times.partition_point(|&(_, at)| at < t);
        self.times.get(n).map(|&(i, _)| i)
    }

    /// Each lane's share of all running time.
    pub fn cpu_share(&self) -> Vec<f64> {
        let total: u64 = self.lanes.iter().map(|l| l.running).sum();
        self.lanes
            .iter()
            .map(|l| {
                if total == 0 {
                    0.0
                } else {
                    l.running as f64 / total as f64
                }
            })
            .collect()
    }

    /// GIL waits in buckets by powers of two of µs: (upper bound in µs, count).
    pub fn wait_histogram(&self) -> Vec<(u64, usize)> {
        let mut buckets: Vec<(u64, usize)> = (0..16).map(|b| (1u64 << b, 0)).collect();
        for &w in &self.gil_waits {
            let us = (w / 1000).max(1);
            let b = (63 - us.leading_zeros() as usize).min(15);
            let idx = if us.is_power_of_two() {
                b
            } else {
                (b + 1).min(15)
            };
            buckets[idx].1 += 1;
        }
        while buckets.last().is_some_and(|b| b.1 == 0) && buckets.len() > 1 {
            buckets.pop();
        }
        let first = buckets.iter().position(|b| b.1 > 0).unwrap_or(0);
        buckets.split_off(first)
    }
}

/// Ends lane `lane`'s current slice at `at` and starts one of `kind` (None: the thread
/// ended) from event `i`.
#[allow(clippy::too_many_arguments)]
fn close(
    l: &mut Lanes,
    cur: &mut [(SliceKind, u64, usize)],
    done: &mut [bool],
    lane: usize,
    at: u64,
    i: usize,
    kind: Option<SliceKind>,
) {
    if lane >= cur.len() {
        return;
    }
    let (k, since, ev) = cur[lane];
    if Some(k) == kind {
        return;
    }
    if at > since && !done[lane] {
        l.lanes[lane].slices.push(Slice {
            start: since,
            end: at,
            kind: k,
            event: ev,
        });
        let d = at - since;
        match k {
            SliceKind::Running => l.lanes[lane].running += d,
            SliceKind::WaitingGil => {
                l.lanes[lane].waiting += d;
                l.gil_waits.push(d);
            }
            SliceKind::Blocked(_) => l.lanes[lane].blocked += d,
        }
    }
    match kind {
        Some(k) => cur[lane] = (k, at, i),
        None => done[lane] = true,
    }
}

/// A duration for people: "5.25 ms", "180 µs", "42 ns".
pub fn human_ns(ns: u64) -> String {
    if ns >= 1_000_000_000 {
        format!("{:.3} s", ns as f64 / 1e9)
    } else if ns >= 1_000_000 {
        format!("{:.2} ms", ns as f64 / 1e6)
    } else if ns >= 1_000 {
        format!("{:.1} µs", ns as f64 / 1e3)
    } else {
        format!("{ns} ns")
    }
}

/// The narration of a thread event.
pub fn narrate(ev: &ThreadEv, at: u64, name: &dyn Fn(u32) -> String) -> String {
    let t = human_ns(at);
    match *ev {
        ThreadEv::Take {
            tid,
            switched: true,
        } => format!(
            "{t}: {} takes the GIL — take_gil() found it free; last_holder changes, switch_number goes up, switch_cond is signalled and gil_drop_request reset",
            name(tid)
        ),
        ThreadEv::Take {
            tid,
            switched: false,
        } => format!(
            "{t}: {} takes the GIL back (take_gil(): it was free and {} was its last holder, so switch_number stays)",
            name(tid),
            name(tid)
        ),
        ThreadEv::Drop { tid, forced: true } => format!(
            "{t}: {} drops the GIL at an eval-breaker check because gil_drop_request is set (eval_frame_handle_pending -> drop_gil: locked = 0, COND_SIGNAL(gil->cond))",
            name(tid)
        ),
        ThreadEv::Drop { tid, forced: false } => format!(
            "{t}: {} releases the GIL (drop_gil: locked = 0, COND_SIGNAL(gil->cond))",
            name(tid)
        ),
        ThreadEv::Timeout { tid, request: true } => format!(
            "{t}: {}'s timed wait of one switch interval ran out with no switch meanwhile: SET_GIL_DROP_REQUEST (take_gil)",
            name(tid)
        ),
        ThreadEv::Timeout {
            tid,
            request: false,
        } => format!(
            "{t}: {}'s timed wait ran out, but the GIL changed hands meanwhile (switch_number moved): no drop request, wait again",
            name(tid)
        ),
        ThreadEv::Wait { tid } => format!(
            "{t}: {} waits for the GIL: take_gil() found it locked and waits on gil->cond for one switch interval (COND_TIMED_WAIT)",
            name(tid)
        ),
        ThreadEv::Signal { tid } => format!(
            "{t}: COND_SIGNAL wakes {} (which waiter wakes is the operating system's choice; here: the wake policy)",
            name(tid)
        ),
        ThreadEv::ForcedWait { tid } => format!(
            "{t}: FORCE_SWITCHING: {} waits on switch_cond until another thread has taken the GIL, so it cannot take it straight back",
            name(tid)
        ),
        ThreadEv::Block { tid, kind } => format!(
            "{t}: {} blocks in {} with the GIL released (Py_BEGIN_ALLOW_THREADS -> drop_gil)",
            name(tid),
            kind.label()
        ),
        ThreadEv::Unblock { tid } => format!(
            "{t}: {}'s wait is over; Py_END_ALLOW_THREADS -> take_gil (at once if the GIL is free, else a timed wait)",
            name(tid)
        ),
        ThreadEv::Start { tid, .. } => format!(
            "{t}: _start_new_thread: {} exists; its bootstrap will call take_gil, and start() waits for its _started event",
            name(tid)
        ),
        ThreadEv::End { tid } => format!(
            "{t}: {} ends (its thread state is deleted and the GIL released)",
            name(tid)
        ),
        ThreadEv::Switch { tid } => format!("{t}: now running {}", name(tid)),
        ThreadEv::OnCore { tid } => format!(
            "{t}: free-threaded 3.13t: {} runs on a core of its own (no GIL to wait for)",
            name(tid)
        ),
        ThreadEv::Clock => String::new(),
    }
}
