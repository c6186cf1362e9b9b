//! Where a trace keeps its events: encoded back to back (a tag byte, then each field as a
//! varint), with the byte offset of every [`CHUNK`]-th event so any event can be found
//! without decoding from the start.
//!
//! Why not a `Vec<Event>`: an [`Event`] is 32 bytes in memory, while the events a loop
//! records most (a line, an operation, a binding, a hash, a probe) need 2 to 12 bytes each
//! encoded. A traced million-iteration loop writes about ten million events; at 32 bytes
//! that is 330 MB of fresh memory, and faulting those pages in cost more than running the
//! loop. Encoded, the same trace is about a fifth of that.
//!
//! Reading is sequential (a [`Timeline`](super::Timeline) replays from a checkpoint) or
//! near a position (a view looks at the event under the playhead): [`EventLog::iter_from`]
//! decodes forward from any event; [`EventLog::get`] decodes at most `CHUNK` events.

use super::{Event, StrId};
use crate::models::dict::{DictEvent, SlotContent};

/// Events between two recorded offsets.
pub const CHUNK: usize = 32;

/// Encoded events.
#[derive(Clone, Default)]
pub struct EventLog {
    /// The encoded events are `bytes[..used]`; the rest is zeroed room to write into.
    bytes: Vec<u8>,
    used: usize,
    /// Byte offset of event `k * CHUNK`, for every `k`.
    starts: Vec<u64>,
    len: usize,
    /// Where the last event starts (read back by [`EventLog::last`]; keeping a copy of
    /// the event would cost every push a reload of the 32-byte value).
    last_at: usize,
}

impl EventLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an event.
    pub fn push(&mut self, e: Event) {
        let mut w = self.writer();
        if w.hot(&e) {
            let n = w.n;
            self.commit(n);
        } else {
            self.push_other(&e);
        }
    }

    /// Appends `Event::Line`: the same bytes as `push`, without matching on the event
    /// (the recorder's hot paths know what they record; the match was a mispredicted
    /// jump per event).
    #[inline]
    pub fn push_line(&mut self, line: u32) {
        let mut w = self.writer();
        w.line(line);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Op` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_op(&mut self, code: u32, pc: u32) {
        let mut w = self.writer();
        w.op(code, pc);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Bind` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_bind(&mut self, name: StrId, value: StrId) {
        let mut w = self.writer();
        w.bind(name, value);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Hash` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_hash(&mut self, hash: i64, key: StrId) {
        let mut w = self.writer();
        w.hash(hash, key);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Dict(ev)` (see [`EventLog::push_line`]). Inlined where the model
    /// reports the event, so the match folds to the variant at hand.
    #[inline(always)]
    pub fn push_dict(&mut self, ev: DictEvent<StrId, StrId>) {
        let mut w = self.writer();
        if w.dict(&ev) {
            let n = w.n;
            self.commit(n);
        } else {
            self.push_other(&Event::Dict(ev));
        }
    }

    /// A writer on the buffer's zeroed tail, with room for any event. Bytes go straight
    /// into the buffer, one by one: assembling them on the stack and copying stalls
    /// every event on store forwarding.
    #[inline(always)]
    fn writer(&mut self) -> Writer<'_> {
        if self.bytes.len() < self.used + MAX_EVENT {
            self.grow(MAX_EVENT);
        }
        let used = self.used;
        Writer {
            buf: (&mut self.bytes[used..used + MAX_EVENT])
                .try_into()
                .expect("grow() left MAX_EVENT bytes of room"),
            n: 0,
        }
    }

    /// Counts the `n` bytes just written at `used` as one event.
    #[inline(always)]
    fn commit(&mut self, n: usize) {
        self.begin_event();
        self.used += n;
    }

    #[inline(always)]
    fn begin_event(&mut self) {
        if self.len.is_multiple_of(CHUNK) {
            self.starts.push(self.used as u64);
        }
        self.last_at = self.used;
        self.len += 1;
    }

    /// An event without an encoding of its own: `OTHER`, then postcard.
    fn push_other(&mut self, e: &Event) {
        if self.bytes.len() < self.used + MAX_EVENT {
            self.grow(MAX_EVENT);
        }
        self.begin_event();
        self.bytes[self.used] = OTHER;
        // Every event fits in `MAX_EVENT` bytes; running out of room would be a bug in
        // the event types, not in the program traced.
        let n = postcard::to_slice(e, &mut self.bytes[self.used + 1..self.used + MAX_EVENT])
            .expect("an event encodes in MAX_EVENT bytes")
            .len();
        self.used += 1 + n;
    }

    /// Zero-fills at least `room` more bytes past `used`, a mebibyte at a time: the
    /// vector's capacity still doubles, but only the bytes about to be written are
    /// touched (a page untouched costs nothing).
    #[cold]
    fn grow(&mut self, room: usize) {
        let want = (self.bytes.len() + (1 << 20)).max(self.used + room);
        self.bytes.resize(want, 0);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The most recent event.
    pub fn last(&self) -> Option<Event> {
        if self.len == 0 {
            return None;
        }
        Iter {
            rest: &self.bytes[self.last_at..self.used],
            left: 1,
        }
        .next()
    }

    /// Event `i`.
    pub fn get(&self, i: usize) -> Option<Event> {
        self.iter_from(i).next()
    }

    /// Event `i`; panics past the end, like indexing a slice.
    pub fn at(&self, i: usize) -> Event {
        match self.get(i) {
            Some(e) => e,
            None => panic!("event {i} of {}", self.len),
        }
    }

    /// Every event, in order.
    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0)
    }

    /// The events from `i` on.
    pub fn iter_from(&self, i: usize) -> Iter<'_> {
        if i >= self.len {
            return Iter { rest: &[], left: 0 };
        }
        let chunk = i / CHUNK;
        let start = self.starts[chunk] as usize;
        let mut it = Iter {
            rest: &self.bytes[start..self.used],
            left: self.len - chunk * CHUNK,
        };
        for _ in 0..i % CHUNK {
            it.next();
        }
        it
    }

    /// The events in `from..to` (clamped to the log).
    pub fn range(&self, from: usize, to: usize) -> impl Iterator<Item = Event> + '_ {
        let to = to.min(self.len);
        self.iter_from(from).take(to.saturating_sub(from))
    }

    /// Memory the encoded events and their offsets take.
    pub fn heap_bytes(&self) -> usize {
        self.used + self.starts.len() * std::mem::size_of::<u64>()
    }
}

impl PartialEq for EventLog {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.bytes[..self.used] == other.bytes[..other.used]
    }
}

impl std::fmt::Debug for EventLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl FromIterator<Event> for EventLog {
    fn from_iter<I: IntoIterator<Item = Event>>(iter: I) -> Self {
        let mut log = EventLog::new();
        for e in iter {
            log.push(e);
        }
        log
    }
}

impl<'a> IntoIterator for &'a EventLog {
    type Item = Event;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

// The events a loop records most have an encoding of their own, written and read without
// serde's generic machinery (it was a third of the recording time): a tag byte, then
// each field as a varint (LEB128; signed fields zigzagged, `StrId`s rotated so small
// inline ints and small string numbers both stay short). Everything else is `OTHER`
// followed by the event in postcard's encoding.
const LINE: u8 = 0;
const OP: u8 = 1;
const BIND: u8 = 2;
const HASH: u8 = 3;
const DICT_FOCUS: u8 = 4;
const PROBE_START: u8 = 5;
const PROBE: u8 = 6;
const PROBE_NEXT: u8 = 7;
const FOUND: u8 = 8;
const NOT_FOUND: u8 = 9;
const INSERTED: u8 = 10;
const REINSERTED: u8 = 11;
const VALUE_REPLACED: u8 = 12;
const LOCAL: u8 = 13;
const OTHER: u8 = 255;

/// Room every event fits in: the longest hot event (an insertion) takes
/// 1 + 5 + 5 + 10 + 5 + 5 + 1 = 32 bytes, the longest other (`GcCounts`, six varint
/// `u32`s) 1 + 1 + 30.
const MAX_EVENT: usize = 64;

struct Writer<'a> {
    /// `MAX_EVENT` bytes: a fixed length lets the compiler drop most index checks.
    buf: &'a mut [u8; MAX_EVENT],
    n: usize,
}

impl Writer<'_> {
    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.buf[self.n] = b;
        self.n += 1;
    }

    #[inline(always)]
    fn u64(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.byte(v as u8 | 0x80);
            v >>= 7;
        }
        self.byte(v as u8);
    }

    #[inline(always)]
    fn u32(&mut self, v: u32) {
        self.u64(v as u64);
    }

    #[inline(always)]
    fn i64(&mut self, v: i64) {
        self.u64(((v << 1) ^ (v >> 63)) as u64);
    }

    /// Inline ints carry the top bit, `NO_STR` is all ones: rotating puts it at the
    /// bottom, so both kinds of small id stay one or two bytes.
    #[inline(always)]
    fn id(&mut self, v: StrId) {
        self.u32(v.rotate_left(1));
    }

    #[inline(always)]
    fn slot(&mut self, c: SlotContent) {
        self.u64(match c {
            SlotContent::Empty => 0,
            SlotContent::Dummy => 1,
            SlotContent::Entry(e) => e as u64 + 2,
        });
    }

    /// Encodes a hot event; false for the others.
    #[inline(always)]
    fn hot(&mut self, e: &Event) -> bool {
        match *e {
            Event::Line { line } => self.line(line),
            Event::Op { code, pc } => self.op(code, pc),
            Event::Bind { name, value } => self.bind(name, value),
            Event::Hash { hash, key } => self.hash(hash, key),
            Event::DictFocus { dict } => {
                self.byte(DICT_FOCUS);
                self.u32(dict);
            }
            Event::Local { frame, name, value } => {
                self.byte(LOCAL);
                self.u32(frame);
                self.id(name);
                self.id(value);
            }
            Event::Dict(d) => return self.dict(&d),
            _ => return false,
        }
        true
    }

    #[inline(always)]
    fn line(&mut self, line: u32) {
        self.byte(LINE);
        self.u32(line);
    }

    #[inline(always)]
    fn op(&mut self, code: u32, pc: u32) {
        self.byte(OP);
        self.u32(code);
        self.u32(pc);
    }

    #[inline(always)]
    fn bind(&mut self, name: StrId, value: StrId) {
        self.byte(BIND);
        self.id(name);
        self.id(value);
    }

    #[inline(always)]
    fn hash(&mut self, hash: i64, key: StrId) {
        self.byte(HASH);
        self.i64(hash);
        self.id(key);
    }

    /// Encodes a hot dict event; false for the others.
    #[inline(always)]
    fn dict(&mut self, d: &DictEvent<StrId, StrId>) -> bool {
        match *d {
            DictEvent::ProbeStart { hash, slot, mask } => {
                self.byte(PROBE_START);
                self.i64(hash);
                self.u32(slot);
                self.u32(mask);
            }
            DictEvent::Probe { slot, content } => {
                self.byte(PROBE);
                self.u32(slot);
                self.slot(content);
            }
            DictEvent::ProbeNext {
                from,
                slot,
                perturb,
            } => {
                self.byte(PROBE_NEXT);
                self.u32(from);
                self.u32(slot);
                self.u64(perturb);
            }
            DictEvent::Found { slot, entry } => {
                self.byte(FOUND);
                self.u32(slot);
                self.u32(entry);
            }
            DictEvent::NotFound { slot } => {
                self.byte(NOT_FOUND);
                self.u32(slot);
            }
            DictEvent::Inserted {
                slot,
                entry,
                hash,
                key,
                value,
                reused_dummy,
            } => {
                self.byte(INSERTED);
                self.u32(slot);
                self.u32(entry);
                self.i64(hash);
                self.id(key);
                self.id(value);
                self.byte(reused_dummy as u8);
            }
            DictEvent::Reinserted {
                old_entry,
                new_entry,
                slot,
            } => {
                self.byte(REINSERTED);
                self.u32(old_entry);
                self.u32(new_entry);
                self.u32(slot);
            }
            DictEvent::ValueReplaced { entry, value } => {
                self.byte(VALUE_REPLACED);
                self.u32(entry);
                self.id(value);
            }
            _ => return false,
        }
        true
    }
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl Reader<'_> {
    #[inline]
    fn byte(&mut self) -> u8 {
        // The log only holds what `Writer` wrote: running out is a bug, not bad input.
        let (&b, rest) = self.rest.split_first().expect("the log decodes as written");
        self.rest = rest;
        b
    }

    #[inline]
    fn u64(&mut self) -> u64 {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte();
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return v;
            }
            shift += 7;
        }
    }

    #[inline]
    fn u32(&mut self) -> u32 {
        self.u64() as u32
    }

    #[inline]
    fn i64(&mut self) -> i64 {
        let v = self.u64();
        ((v >> 1) as i64) ^ -((v & 1) as i64)
    }

    #[inline]
    fn id(&mut self) -> StrId {
        self.u32().rotate_right(1)
    }

    #[inline]
    fn slot(&mut self) -> SlotContent {
        match self.u64() {
            0 => SlotContent::Empty,
            1 => SlotContent::Dummy,
            e => SlotContent::Entry((e - 2) as u32),
        }
    }

    /// Decodes a hot event; None (having read the `OTHER` tag) for the others.
    #[inline]
    fn hot(&mut self) -> Option<Event> {
        Some(match self.byte() {
            LINE => Event::Line { line: self.u32() },
            OP => Event::Op {
                code: self.u32(),
                pc: self.u32(),
            },
            BIND => Event::Bind {
                name: self.id(),
                value: self.id(),
            },
            HASH => Event::Hash {
                hash: self.i64(),
                key: self.id(),
            },
            DICT_FOCUS => Event::DictFocus { dict: self.u32() },
            LOCAL => Event::Local {
                frame: self.u32(),
                name: self.id(),
                value: self.id(),
            },
            PROBE_START => Event::Dict(DictEvent::ProbeStart {
                hash: self.i64(),
                slot: self.u32(),
                mask: self.u32(),
            }),
            PROBE => Event::Dict(DictEvent::Probe {
                slot: self.u32(),
                content: self.slot(),
            }),
            PROBE_NEXT => Event::Dict(DictEvent::ProbeNext {
                from: self.u32(),
                slot: self.u32(),
                perturb: self.u64(),
            }),
            FOUND => Event::Dict(DictEvent::Found {
                slot: self.u32(),
                entry: self.u32(),
            }),
            NOT_FOUND => Event::Dict(DictEvent::NotFound { slot: self.u32() }),
            INSERTED => Event::Dict(DictEvent::Inserted {
                slot: self.u32(),
                entry: self.u32(),
                hash: self.i64(),
                key: self.id(),
                value: self.id(),
                reused_dummy: self.byte() != 0,
            }),
            REINSERTED => Event::Dict(DictEvent::Reinserted {
                old_entry: self.u32(),
                new_entry: self.u32(),
                slot: self.u32(),
            }),
            VALUE_REPLACED => Event::Dict(DictEvent::ValueReplaced {
                entry: self.u32(),
                value: self.id(),
            }),
            _ => return None,
        })
    }
}

/// Decodes events forward.
pub struct Iter<'a> {
    rest: &'a [u8],
    left: usize,
}

impl Iterator for Iter<'_> {
    type Item = Event;

    #[inline]
    fn next(&mut self) -> Option<Event> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let mut r = Reader { rest: self.rest };
        let e = match r.hot() {
            Some(e) => e,
            None => {
                // The bytes were written by `push` from an `Event`, so they decode.
                let (e, rest) =
                    postcard::take_from_bytes::<Event>(r.rest).expect("the log decodes as written");
                r.rest = rest;
                e
            }
        };
        self.rest = r.rest;
        Some(e)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::NO_STR;

    fn sample(n: u32) -> Vec<Event> {
        (0..n)
            .map(|i| match i % 4 {
                0 => Event::Line { line: i },
                1 => Event::Op { code: 0, pc: i },
                2 => Event::Hash {
                    hash: -(i as i64) * 1_000_003,
                    key: 0x8000_0000 | i,
                },
                _ => Event::Dict(DictEvent::Inserted {
                    slot: i,
                    entry: i / 2,
                    hash: i64::MIN + i as i64,
                    key: i,
                    value: u32::MAX,
                    reused_dummy: i % 3 == 0,
                }),
            })
            .collect()
    }

    #[test]
    fn every_event_reads_back_from_every_position() {
        let events = sample(200);
        let log: EventLog = events.iter().copied().collect();
        assert_eq!(log.len(), 200);
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
        for i in 0..=200 {
            assert_eq!(log.get(i), events.get(i).copied());
            assert_eq!(log.iter_from(i).collect::<Vec<_>>(), events[i.min(200)..]);
        }
        assert_eq!(log.range(5, 9).collect::<Vec<_>>(), events[5..9]);
        assert_eq!(log.last(), events.last().copied());
    }

    #[test]
    fn the_longest_events_fit_and_read_back() {
        let events = vec![
            Event::GcCounts {
                counts: [u32::MAX; 3],
                thresholds: [u32::MAX; 3],
            },
            Event::Dict(DictEvent::Cloned {
                entry: u32::MAX,
                hash: i64::MIN,
                key: u32::MAX,
                value: u32::MAX,
            }),
            Event::Dict(DictEvent::Inserted {
                slot: u32::MAX,
                entry: u32::MAX,
                hash: i64::MIN,
                key: u32::MAX,
                value: u32::MAX,
                reused_dummy: true,
            }),
        ];
        let log: EventLog = events.iter().copied().collect();
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
    }

    #[test]
    fn typed_pushes_write_what_push_writes() {
        let events = sample(200);
        let general: EventLog = events.iter().copied().collect();
        let mut typed = EventLog::new();
        for e in &events {
            match *e {
                Event::Line { line } => typed.push_line(line),
                Event::Op { code, pc } => typed.push_op(code, pc),
                Event::Hash { hash, key } => typed.push_hash(hash, key),
                Event::Dict(d) => typed.push_dict(d),
                other => typed.push(other),
            }
        }
        typed.push_bind(3, NO_STR);
        typed.push_dict(DictEvent::Cleared);
        let mut general = general;
        general.push(Event::Bind {
            name: 3,
            value: NO_STR,
        });
        general.push(Event::Dict(DictEvent::Cleared));
        assert_eq!(typed, general);
        assert_eq!(typed.starts, general.starts);
        assert_eq!(typed.last(), Some(Event::Dict(DictEvent::Cleared)));
    }

    #[test]
    fn common_events_take_a_few_bytes() {
        let mut log = EventLog::new();
        log.push(Event::Line { line: 3 });
        log.push(Event::Op { code: 0, pc: 12 });
        assert!(log.used <= 5, "{} bytes", log.used);
    }
}
