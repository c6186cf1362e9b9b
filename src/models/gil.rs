//! The GIL of CPython 3.11 as a pure model over virtual time, with the operating
//! system's part (timers, condition-variable wake-ups, who a signal wakes) made explicit.
//!
//! It mirrors `Python/ceval_gil.h` (3.11; `ceval_gil.c` is 3.12+):
//! - [`GilModel::take_gil`] is `take_gil()`: take the GIL at once if it is free; else wait
//!   on `gil->cond` for `interval` µs at a time, and when a wait times out while the GIL is
//!   still locked and `switch_number` has not moved, `SET_GIL_DROP_REQUEST`. After taking
//!   it: `last_holder`/`switch_number` updated, `switch_cond` signalled, the drop request
//!   reset.
//! - [`GilModel::drop_gil`] is `drop_gil()`: `last_holder` set, `locked = 0`,
//!   `COND_SIGNAL(gil->cond)` (one waiter wakes: which one is the operating system's
//!   choice, a [`WakePolicy`] here), and, since `FORCE_SWITCHING` is defined
//!   (pycore_gil.h), a dropper that was asked to drop waits on `switch_cond` until another
//!   thread has taken the GIL.
//! - The holder honours a drop request at the next eval-breaker check
//!   (`eval_frame_handle_pending` in ceval.c: drop_gil, then take_gil), which the VM
//!   reports through [`GilModel::executed`].
//! - A blocking call (`Py_BEGIN_ALLOW_THREADS`) is drop_gil; its end
//!   (`Py_END_ALLOW_THREADS`) is take_gil.
//!
//! The model knows threads by number only; what a blocked thread waits for (a lock, a
//! queue, a join) is the VM's business: when the operating system would wake one, the
//! model hands it back as [`Poll::Check`] and the VM says whether the thread goes on
//! ([`GilModel::unblock`]) or waits again ([`GilModel::block`]).
//!
//! With [`Mode::FreeThreaded`] the same threads run as in a free-threaded 3.13t build: no
//! GIL, `cores` simulated cores, each thread with its own clock; the runnable thread whose
//! clock is least runs next, so causality holds.
//!
//! Virtual time is in nanoseconds. [`Costs`] documents every figure and how it was chosen.

/// A thread, by number (0 is the main thread).
pub type Tid = u32;

/// Which waiter `COND_SIGNAL` wakes. POSIX leaves it to the implementation; Linux's
/// futex-based condition variables wake roughly in arrival order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WakePolicy {
    /// The thread that has waited longest (the default: what Linux mostly does).
    #[default]
    Fifo,
    /// The thread that started waiting last.
    Lifo,
    /// A seeded pseudo-random waiter (same seed, same choices).
    Random,
}

impl WakePolicy {
    pub const ALL: [WakePolicy; 3] = [WakePolicy::Fifo, WakePolicy::Lifo, WakePolicy::Random];

    pub fn label(self) -> &'static str {
        match self {
            WakePolicy::Fifo => "longest waiter first",
            WakePolicy::Lifo => "newest waiter first",
            WakePolicy::Random => "seeded random",
        }
    }
}

/// How threads share the processor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// CPython 3.11: one GIL.
    Gil,
    /// A free-threaded build (3.13t): no GIL, this many simulated cores.
    FreeThreaded { cores: u32 },
}

/// The calibrated costs (nanoseconds of virtual time). Measured on this machine with
/// `tests/probe/probe_gil_timing.py` under CPython 3.11.7; see docs/gil.md.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Costs {
    /// One pyxray instruction (not `Line`/`Nop`, which CPython does not have), in
    /// **picoseconds**. Chosen so the calibration loop `while i < n: i += 1` (9 pyxray
    /// instructions an iteration, CPython's 9 bytecodes) takes CPython's measured time:
    /// 33 ns / 9 ≈ 3.7 ns.
    pub instr_ps: u64,
    /// A thread blocked on a futex (a condition variable, a semaphore, a timer) runs again
    /// this long after it is woken: the scheduler's wake-up latency.
    pub wake: u64,
    /// Linux's default timer slack: timed waits and sleeps end this much late.
    pub timer_slack: u64,
    /// What `time.sleep(d)` costs beyond `d` and the slack (the system call and return).
    pub sleep_extra: u64,
    /// From `_start_new_thread` to the new thread's first `take_gil`.
    pub spawn: u64,
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            instr_ps: 3_700,
            wake: 50_000,
            timer_slack: 50_000,
            sleep_extra: 24_000,
            spawn: 60_000,
        }
    }
}

/// Where a thread stands, as the model sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Holds the GIL and runs bytecode (free-threaded: runs on a core).
    Running,
    /// In take_gil's `COND_TIMED_WAIT`: times out at `deadline` unless signalled;
    /// `saved` is `switch_number` when this wait began.
    Waiting { deadline: u64, saved: u64 },
    /// `COND_SIGNAL` chose it: the operating system runs it at `at`.
    Signalled { at: u64 },
    /// In drop_gil's `FORCE_SWITCHING` wait on `switch_cond`.
    Forced,
    /// Will call take_gil at `at` (woken from `switch_cond`, or a blocking call ended).
    Ready { at: u64 },
    /// In a blocking call with the GIL released; the operating system looks again at
    /// `until` (a timer, or a wake-up the VM asked for), else only when woken.
    Blocked { until: Option<u64> },
    /// Not started yet, or finished.
    Idle,
}

/// What the model did, for the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilEvent {
    /// take_gil got the GIL (`switched`: `last_holder` changed, `switch_number` went up).
    Take {
        tid: Tid,
        switched: bool,
    },
    /// drop_gil (`forced`: the holder honoured a drop request at an eval-breaker check).
    Drop {
        tid: Tid,
        forced: bool,
    },
    /// A waiter's `COND_TIMED_WAIT` timed out; `request`: it set `gil_drop_request`.
    Timeout {
        tid: Tid,
        request: bool,
    },
    /// A waiter began (or began again) a timed wait of one interval.
    Wait {
        tid: Tid,
    },
    /// `COND_SIGNAL(gil->cond)` in drop_gil chose this waiter.
    Signal {
        tid: Tid,
    },
    /// The dropper waits on `switch_cond` until someone takes the GIL (FORCE_SWITCHING).
    ForcedWait {
        tid: Tid,
    },
    /// A blocking call began with the GIL released.
    Block {
        tid: Tid,
    },
    /// A blocked thread's wait is over; it goes to take_gil.
    Unblock {
        tid: Tid,
    },
    /// Free-threaded: the thread runs on a core (no GIL to take).
    OnCore {
        tid: Tid,
    },
    /// A thread began (its first take_gil is pending) or ended.
    Start {
        tid: Tid,
    },
    End {
        tid: Tid,
    },
}

/// What the VM should do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Poll {
    /// Run one instruction of this thread.
    Run(Tid),
    /// The operating system looks at this blocked thread now (`timed_out`: its timer,
    /// not a wake-up): the VM decides with `unblock` or `block`.
    Check { tid: Tid, timed_out: bool },
    /// No thread can ever run again (every live thread is blocked without a timer).
    Deadlock,
    /// No live thread is left.
    Done,
}

#[derive(Clone, Debug)]
struct ThreadModel {
    phase: Phase,
    /// Free-threaded mode: this thread's own clock.
    clock: u64,
    /// When it entered its current waiting phase (for the wake policy).
    since: u64,
    /// The VM asked for a wake-up (not a timer) at `Blocked::until`.
    woken: bool,
}

/// The GIL (`struct _gil_runtime_state`) plus the threads and the virtual clock.
#[derive(Clone, Debug)]
pub struct GilModel {
    pub mode: Mode,
    pub costs: Costs,
    pub policy: WakePolicy,
    /// The switch interval in ns (`gil->interval`, kept in µs by CPython; ≥ 1 µs).
    pub interval: u64,
    /// The virtual clock (GIL mode; free-threaded: the clock of the thread that runs).
    pub now: u64,
    pub locked: bool,
    pub holder: Option<Tid>,
    pub last_holder: Option<Tid>,
    pub switch_number: u64,
    /// `ceval2->gil_drop_request`.
    pub drop_request: bool,
    /// The last instruction was at an eval-breaker check.
    breaker: bool,
    /// Picoseconds of instruction cost not yet on the clock.
    carry_ps: u64,
    /// When the next timer is due, as of the last full poll (0: unknown); lets the
    /// common case (the holder goes on running) skip the full poll.
    next_due: u64,
    threads: Vec<ThreadModel>,
    rng: u64,
    pub events: Vec<(u64, GilEvent)>,
    /// GIL handoffs (takes by a thread other than the last holder).
    pub handoffs: u64,
}

/// CPython's `DEFAULT_INTERVAL`: 5000 µs.
pub const DEFAULT_INTERVAL_NS: u64 = 5_000_000;

impl GilModel {
    /// The main thread (0) holds the GIL at time 0.
    pub fn new(mode: Mode, costs: Costs, policy: WakePolicy, seed: u64) -> Self {
        let mut m = GilModel {
            mode,
            costs,
            policy,
            interval: DEFAULT_INTERVAL_NS,
            now: 0,
            locked: mode == Mode::Gil,
            holder: (mode == Mode::Gil).then_some(0),
            last_holder: (mode == Mode::Gil).then_some(0),
            switch_number: 0,
            drop_request: false,
            breaker: false,
            carry_ps: 0,
            next_due: 0,
            threads: Vec::new(),
            rng: seed ^ 0x9e37_79b9_7f4a_7c15,
            events: Vec::new(),
            handoffs: 0,
        };
        m.threads.push(ThreadModel {
            phase: Phase::Running,
            clock: 0,
            since: 0,
            woken: false,
        });
        m
    }

    pub fn phase(&self, tid: Tid) -> Phase {
        self.threads
            .get(tid as usize)
            .map_or(Phase::Idle, |t| t.phase)
    }

    pub fn thread_count(&self) -> usize {
        self.threads.len()
    }

    fn emit(&mut self, e: GilEvent) {
        let t = self.now;
        self.events.push((t, e));
    }

    fn set(&mut self, tid: Tid, phase: Phase) {
        self.next_due = 0;
        let now = self.now;
        if let Some(t) = self.threads.get_mut(tid as usize) {
            t.phase = phase;
            t.since = now;
        }
    }

    fn next_random(&mut self) -> u64 {
        // xorshift64*: small, seeded, deterministic.
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// `_start_new_thread`: a new OS thread whose bootstrap calls take_gil after `spawn`.
    pub fn spawn(&mut self) -> Tid {
        let tid = self.threads.len() as Tid;
        let at = self.now + self.costs.spawn;
        self.threads.push(ThreadModel {
            phase: Phase::Ready { at },
            clock: at,
            since: self.now,
            woken: false,
        });
        self.emit(GilEvent::Start { tid });
        tid
    }

    /// The time of `tid`'s clock (free-threaded) or the global one.
    pub fn clock_of(&self, tid: Tid) -> u64 {
        match self.mode {
            Mode::Gil => self.now,
            Mode::FreeThreaded { .. } => {
                self.threads.get(tid as usize).map_or(self.now, |t| t.clock)
            }
        }
    }

    /// The running thread executed an instruction costing `cost_ps` picoseconds;
    /// `breaker` when CPython would check the eval breaker there (function entry,
    /// backward jump, call).
    pub fn executed(&mut self, tid: Tid, cost_ps: u64, breaker: bool) {
        let total = self.carry_ps + cost_ps;
        let cost = total / 1000;
        self.carry_ps = total % 1000;
        match self.mode {
            Mode::Gil => {
                self.now += cost;
                self.breaker |= breaker;
            }
            Mode::FreeThreaded { cores } => {
                let running = self
                    .threads
                    .iter()
                    .filter(|t| t.phase == Phase::Running)
                    .count() as u64;
                // More runnable threads than cores: the OS time-slices them.
                let share = running.div_ceil(cores.max(1) as u64).max(1);
                if let Some(t) = self.threads.get_mut(tid as usize) {
                    t.clock += cost * share;
                    self.now = t.clock;
                }
            }
        }
    }

    /// take_gil(tstate) for `tid` at the current time (ceval_gil.h:211).
    fn take_gil(&mut self, tid: Tid) {
        if self.mode != Mode::Gil {
            self.set(tid, Phase::Running);
            self.emit(GilEvent::OnCore { tid });
            return;
        }
        if self.locked {
            let deadline = self.now + self.interval + self.costs.timer_slack;
            let saved = self.switch_number;
            self.set(tid, Phase::Waiting { deadline, saved });
            self.emit(GilEvent::Wait { tid });
            return;
        }
        // _ready:
        self.locked = true;
        self.holder = Some(tid);
        let switched = self.last_holder != Some(tid);
        if switched {
            self.last_holder = Some(tid);
            self.switch_number += 1;
            self.handoffs += 1;
        }
        self.set(tid, Phase::Running);
        self.emit(GilEvent::Take { tid, switched });
        // COND_SIGNAL(gil->switch_cond): a dropper in its FORCE_SWITCHING wait goes on.
        let wake = self.now + self.costs.wake;
        let forced: Vec<Tid> = (0..self.threads.len() as Tid)
            .filter(|&t| self.phase(t) == Phase::Forced)
            .collect();
        for t in forced {
            self.set(t, Phase::Ready { at: wake });
        }
        // RESET_GIL_DROP_REQUEST
        self.drop_request = false;
    }

    /// drop_gil(ceval, ceval2, tstate) for the holder (ceval_gil.h:144). Returns whether
    /// the FORCE_SWITCHING wait applies (a drop request was pending).
    fn drop_gil(&mut self, tid: Tid, forced: bool) -> bool {
        if self.mode != Mode::Gil {
            return false;
        }
        self.last_holder = Some(tid);
        self.locked = false;
        self.holder = None;
        self.emit(GilEvent::Drop { tid, forced });
        // COND_SIGNAL(gil->cond): one waiter, the OS's choice.
        let waiters: Vec<(u64, Tid)> = (0..self.threads.len())
            .filter_map(|i| match self.threads[i].phase {
                Phase::Waiting { .. } => Some((self.threads[i].since, i as Tid)),
                _ => None,
            })
            .collect();
        let mut signalled = false;
        if !waiters.is_empty() {
            let pick = match self.policy {
                WakePolicy::Fifo => waiters.iter().min().map(|w| w.1),
                WakePolicy::Lifo => waiters.iter().max().map(|w| w.1),
                WakePolicy::Random => {
                    let i = (self.next_random() % waiters.len() as u64) as usize;
                    waiters.get(i).map(|w| w.1)
                }
            };
            if let Some(w) = pick {
                let at = self.now + self.costs.wake;
                self.set(w, Phase::Signalled { at });
                self.emit(GilEvent::Signal { tid: w });
                signalled = true;
            }
        }
        // FORCE_SWITCHING: asked to drop and nobody has switched in yet => wait.
        if self.drop_request && self.last_holder == Some(tid) {
            self.drop_request = false;
            return signalled;
        }
        false
    }

    /// The running thread enters a blocking call (`Py_BEGIN_ALLOW_THREADS`); `until` is
    /// when its timer ends the wait (a sleep's end, a timeout), if any.
    pub fn block(&mut self, tid: Tid, until: Option<u64>) {
        let was_running = self.phase(tid) == Phase::Running;
        if was_running && self.mode == Mode::Gil && self.holder == Some(tid) {
            self.drop_gil(tid, false);
        }
        self.set(tid, Phase::Blocked { until });
        if let Some(t) = self.threads.get_mut(tid as usize) {
            t.woken = false;
        }
        self.emit(GilEvent::Block { tid });
        self.next_due = 0;
    }

    /// The operating system will look at blocked `tid` at `at` (something it waits for
    /// happened): it comes back as [`Poll::Check`] then.
    pub fn wake_at(&mut self, tid: Tid, at: u64) {
        self.next_due = 0;
        if let Some(t) = self.threads.get_mut(tid as usize)
            && let Phase::Blocked { until } = t.phase
            && until.is_none_or(|u| at < u)
        {
            t.phase = Phase::Blocked { until: Some(at) };
            t.woken = true;
        }
    }

    /// A blocked thread's wait is over (`Py_END_ALLOW_THREADS`): take_gil now.
    pub fn unblock(&mut self, tid: Tid) {
        self.emit(GilEvent::Unblock { tid });
        if let Some(t) = self.threads.get_mut(tid as usize) {
            t.clock = t.clock.max(self.now);
        }
        self.take_gil(tid);
    }

    /// The thread ended (its tstate is deleted and the GIL released).
    pub fn finish(&mut self, tid: Tid) {
        if self.holder == Some(tid) {
            self.drop_gil(tid, false);
        }
        self.set(tid, Phase::Idle);
        self.emit(GilEvent::End { tid });
    }

    /// `sys.setswitchinterval(seconds)`: CPython keeps whole µs, at least 1.
    pub fn set_interval_us(&mut self, us: u64) {
        self.interval = us.max(1) * 1000;
    }

    /// The earliest pending timer: (time, thread, is it a blocked thread's).
    fn earliest(&self) -> Option<(u64, Tid)> {
        let mut best: Option<(u64, Tid)> = None;
        for (i, t) in self.threads.iter().enumerate() {
            let at = match t.phase {
                Phase::Waiting { deadline, .. } => deadline,
                Phase::Signalled { at } | Phase::Ready { at } => at,
                Phase::Blocked { until: Some(u) } => u,
                _ => continue,
            };
            if best.is_none_or(|b| (at, i as Tid) < b) {
                best = Some((at, i as Tid));
            }
        }
        best
    }

    /// Fires one timer of `tid` (due now). Returns a Check for a blocked thread.
    fn fire(&mut self, tid: Tid) -> Option<Poll> {
        match self.phase(tid) {
            Phase::Waiting { saved, .. } => {
                // COND_TIMED_WAIT timed out.
                if !self.locked {
                    self.take_gil(tid);
                } else {
                    let request = self.switch_number == saved;
                    if request {
                        // SET_GIL_DROP_REQUEST
                        self.drop_request = true;
                    }
                    self.emit(GilEvent::Timeout { tid, request });
                    let deadline = self.now + self.interval + self.costs.timer_slack;
                    let saved = self.switch_number;
                    if let Some(t) = self.threads.get_mut(tid as usize) {
                        // The loop waits again; its place among the waiters stays.
                        t.phase = Phase::Waiting { deadline, saved };
                    }
                }
                None
            }
            Phase::Signalled { .. } => {
                // Woken by COND_SIGNAL: take it if still free, else wait a new interval.
                if self.locked {
                    let deadline = self.now + self.interval + self.costs.timer_slack;
                    let saved = self.switch_number;
                    if let Some(t) = self.threads.get_mut(tid as usize) {
                        t.phase = Phase::Waiting { deadline, saved };
                    }
                } else {
                    self.take_gil(tid);
                }
                None
            }
            Phase::Ready { .. } => {
                self.take_gil(tid);
                None
            }
            Phase::Blocked { .. } => {
                let woken = self.threads.get(tid as usize).is_some_and(|t| t.woken);
                Some(Poll::Check {
                    tid,
                    timed_out: !woken,
                })
            }
            _ => None,
        }
    }

    /// What happens next: fires due timers, honours a drop request at an eval-breaker
    /// check, and returns the thread to run (or a blocked thread to look at).
    pub fn poll(&mut self) -> Poll {
        let p = match self.mode {
            Mode::Gil => self.poll_gil(),
            Mode::FreeThreaded { .. } => self.poll_free(),
        };
        if matches!(p, Poll::Run(_)) && self.mode == Mode::Gil {
            self.next_due = self.earliest().map_or(u64::MAX, |e| e.0);
        }
        p
    }

    /// The holder, when nothing else can happen before its next instruction (no timer
    /// due, no drop request to honour): what [`GilModel::poll`] would return.
    #[inline]
    pub fn fast_run(&self) -> Option<Tid> {
        if self.mode != Mode::Gil
            || self.now >= self.next_due
            || (self.breaker && self.drop_request)
        {
            return None;
        }
        self.holder
    }

    fn poll_gil(&mut self) -> Poll {
        loop {
            if let Some((at, tid)) = self.earliest()
                && at <= self.now
            {
                if let Some(p) = self.fire(tid) {
                    return p;
                }
                continue;
            }
            if let Some(h) = self.holder {
                if std::mem::take(&mut self.breaker) && self.drop_request {
                    // eval_frame_handle_pending: drop_gil, then take_gil.
                    let wait = self.drop_gil(h, true);
                    if wait {
                        self.set(h, Phase::Forced);
                        self.emit(GilEvent::ForcedWait { tid: h });
                    } else {
                        self.take_gil(h);
                    }
                    continue;
                }
                return Poll::Run(h);
            }
            // Nobody holds the GIL: the clock runs on to the next thing that happens.
            match self.earliest() {
                Some((at, _)) => self.now = self.now.max(at),
                None => {
                    return if self.threads.iter().all(|t| t.phase == Phase::Idle) {
                        Poll::Done
                    } else {
                        Poll::Deadlock
                    };
                }
            }
        }
    }

    fn poll_free(&mut self) -> Poll {
        loop {
            // The runnable thread with the least clock, or the earliest timer before it.
            let run = self
                .threads
                .iter()
                .enumerate()
                .filter(|(_, t)| t.phase == Phase::Running)
                .map(|(i, t)| (t.clock, i as Tid))
                .min();
            let timer = self.earliest();
            match (run, timer) {
                (Some((c, tid)), Some((at, ttid))) if at < c || (at == c && ttid < tid) => {
                    self.now = at;
                    if let Some(t) = self.threads.get_mut(ttid as usize) {
                        t.clock = t.clock.max(at);
                    }
                    if let Some(p) = self.fire(ttid) {
                        return p;
                    }
                }
                (Some((c, tid)), _) => {
                    self.now = c;
                    return Poll::Run(tid);
                }
                (None, Some((at, ttid))) => {
                    self.now = self.now.max(at);
                    if let Some(t) = self.threads.get_mut(ttid as usize) {
                        t.clock = t.clock.max(at);
                    }
                    if let Some(p) = self.fire(ttid) {
                        return p;
                    }
                }
                (None, None) => {
                    return if self.threads.iter().all(|t| t.phase == Phase::Idle) {
                        Poll::Done
                    } else {
                        Poll::Deadlock
                    };
                }
            }
        }
    }

    /// The latest time any thread's clock has reached (free-threaded: the wall time).
    pub fn wall(&self) -> u64 {
        match self.mode {
            Mode::Gil => self.now,
            Mode::FreeThreaded { .. } => self
                .threads
                .iter()
                .map(|t| t.clock)
                .max()
                .unwrap_or(self.now)
                .max(self.now),
        }
    }

    /// Takes the events recorded since the last call.
    pub fn drain_events(&mut self) -> Vec<(u64, GilEvent)> {
        std::mem::take(&mut self.events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gil() -> GilModel {
        GilModel::new(Mode::Gil, Costs::default(), WakePolicy::Fifo, 0)
    }

    /// Two CPU-bound threads: the waiter times out after one interval (+ slack), sets the
    /// drop request, and the holder drops at its next eval-breaker check.
    #[test]
    fn two_spinners_switch_every_interval() {
        let mut m = gil();
        let t1 = m.spawn();
        let mut runs = Vec::new();
        for _ in 0..200_000 {
            match m.poll() {
                Poll::Run(t) => {
                    runs.push((m.now, t));
                    m.executed(t, 1_000_000, true);
                }
                other => panic!("{other:?}"),
            }
        }
        let switches: Vec<u64> = runs
            .windows(2)
            .filter(|w| w[0].1 != w[1].1)
            .map(|w| w[1].0)
            .collect();
        assert!(switches.len() > 30, "{}", switches.len());
        let gaps: Vec<u64> = switches.windows(2).map(|w| w[1] - w[0]).collect();
        for g in &gaps[1..] {
            // interval + slack + two wake-ups (the signalled waiter, then the forced
            // dropper from switch_cond before its own wait starts).
            assert!((5_100_000..5_200_000).contains(g), "{g}");
        }
        assert_eq!(t1, 1);
    }

    /// A thread coming back from a blocking call while another holds the GIL waits one
    /// interval for it: the convoy effect.
    #[test]
    fn convoy() {
        let mut m = gil();
        let io = m.spawn();
        // Let the I/O thread take the GIL once, then make it sleep 0.1 ms.
        let mut slept_at = None;
        let mut back_at = None;
        for _ in 0..100_000 {
            match m.poll() {
                Poll::Run(t) if t == io && slept_at.is_none() => {
                    slept_at = Some(m.now);
                    let until = m.now + 100_000;
                    m.block(io, Some(until));
                }
                Poll::Run(t) if t == io => {
                    back_at = Some(m.now);
                    break;
                }
                Poll::Run(t) => m.executed(t, 1_000_000, true),
                Poll::Check { tid, .. } => m.unblock(tid),
                other => panic!("{other:?}"),
            }
        }
        let (s, b) = (slept_at.unwrap_or(0), back_at.unwrap_or(0));
        let latency = b - s;
        assert!((5_100_000..5_300_000).contains(&latency), "{latency}");
    }
}
